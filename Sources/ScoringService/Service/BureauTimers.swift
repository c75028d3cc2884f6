import BusinessTime
import CivilTime
import Contracts
import Foundation
import GRDB
import ScoringReports
import ServiceKit
import ServiceStore

/// The bureau's calendar, as stored deadlines of the subject `bureau`: the daily monitoring after each working day,
/// the weekly bulletin on Monday, the monthly analysis on the 1st (S10, C4), and the year-end bonus (S8). Each sets
/// the next when it fires, so the calendar survives restarts like any deadline.
struct BureauTimers: Sendable {
    static let subject = "bureau"

    enum Step: String, CaseIterable {
        case daily = "report-daily", weekly = "report-weekly", monthly = "report-monthly", yearEnd = "year-end"
    }

    let builder: ReportBuilder
    let calendar: BusinessCalendar
    let settings: ScoringSettings

    /// Sets the calendar's deadlines after `time` if they are not set: on the first event scoring ever sees.
    func ensure(from time: Date, in context: HandlerContext) throws {
        for step in Step.allCases where try context.deadlines.find(key(step)) == nil {
            try context.deadlines.schedule(key(step), at: next(step, after: time))
        }
    }

    func fire(_ deadline: Deadline, in context: HandlerContext) throws {
        guard let step = Step(rawValue: deadline.key.step) else {
            throw Rejection("deadline \(deadline.key) is not one of the bureau's timers")
        }
        let ended = BeijingTime.date(of: deadline.dueAt.addingTimeInterval(-1))
        switch step {
        case .daily:
            if try calendar.isWorkingDay(ended) {
                try publish(ReportPeriod.days(try firstDaySincePreviousWorkingDay(ended), until: ended.next), in: context)
            }
        case .weekly: try publish(ReportPeriod.week(of: ended), in: context)
        case .monthly: try publish(ReportPeriod.month(of: ended), in: context)
        case .yearEnd: try grantAnnualBonus(year: ended.year, at: deadline.dueAt.addingTimeInterval(-1), in: context)
        }
        try context.deadlines.schedule(key(step), at: next(step, after: deadline.dueAt))
    }

    /// The report of `period` for the bureau, published as `report.published`.
    func publish(_ period: ReportPeriod, in context: HandlerContext) throws {
        let report = try Self.report(period, unit: nil, builder: builder, in: context.db)
        try context.publish(ReportPublished(report))
    }

    /// The report of `period` from the store `db`: what the timers publish and `complaints report` writes.
    static func report(_ period: ReportPeriod, unit: String?, builder: ReportBuilder, in db: Database) throws -> PeriodReport {
        let figures = try FigureStore.rows(days: period.days, in: db)
        let problems = try FigureStore.problems(days: period.days, unit: unit, in: db)
        let ledger = try Ledger.lines(from: period.start, to: period.endDate, unit: nil, in: db)
        return builder.build(period, unit: unit, figures: figures, problems: problems, ledger: ledger)
    }

    /// S8: each station with no complaint charged to it (S2, net of reversals) in `year` gets the annual bonus, in the
    /// year's last second, so that it belongs to the year it rewards.
    func grantAnnualBonus(year: Int, at time: Date, in context: HandlerContext) throws {
        let charged = try Ledger.unitsCharged(rule: .s2, year: year, in: context.db)
        let entries = builder.directory.units.filter { $0.tier == .station && !charged.contains($0.id) }.map { station in
            LedgerEntry(
                key: "\(year)/S8/\(station.id)", unit: station.id, tier: .station, rule: .s8,
                points: settings.points.annualBonus, reason: "\(year)年全年无考核投诉，给予年度奖励", ticketNo: nil,
                events: ["\(Self.subject)/\(Step.yearEnd.rawValue):\(year)"], at: time)
        }
        try ScoringBook.write(entries, in: context)
    }

    /// The days the daily report after working day `day` covers: back to the day after the previous working day, so
    /// that Monday's report takes in the weekend and a holiday's tickets are in the next working day's report.
    func firstDaySincePreviousWorkingDay(_ day: CivilDate) throws -> CivilDate {
        var first = day
        for _ in 0..<31 {
            let previous = CivilDate(daysSince1970: first.daysSince1970 - 1)
            if try calendar.isWorkingDay(previous) { break }
            first = previous
        }
        return first
    }

    func key(_ step: Step) -> DeadlineKey { DeadlineKey(subject: Self.subject, step: step.rawValue) }

    /// The next midnight, Monday, 1st of a month or 1st of January strictly after `time`.
    func next(_ step: Step, after time: Date) -> Date {
        let today = BeijingTime.date(of: time)
        let next: CivilDate
        switch step {
        case .daily: next = today.next
        case .weekly: next = CivilDate(daysSince1970: today.daysSince1970 - today.daysSinceMonday + 7)
        case .monthly: next = CivilDate(year: today.year, month: today.month, day: 1)!.adding(months: 1)
        case .yearEnd: next = CivilDate(year: today.year + 1, month: 1, day: 1)!
        }
        return BeijingTime.midnight(next)
    }
}

extension ReportPublished {
    /// The bus's summary of a report: its S12 rates, counts and ranking.
    init(_ report: PeriodReport) {
        let kpis = report.kpis
        let counts = report.counts
        self.init(
            reportId: report.reportId, kind: report.kind, scope: report.scope, periodStart: report.periodStart,
            periodEnd: report.periodEnd,
            kpis: .init(
                callbackRate: kpis.callbackRate, onTimeReplyRate: kpis.onTimeReplyRate,
                completionRate: kpis.completionRate, satisfactionRate: kpis.satisfactionRate,
                substantiatedRate: kpis.substantiatedRate),
            counts: .init(
                received: counts.received, closed: counts.closed, repeatDemands: counts.repeats,
                escalated: counts.escalated,
                byType: Dictionary(uniqueKeysWithValues: counts.byType.compactMap { key, value in TicketType(rawValue: key).map { ($0, value) } }),
                byCategory: Dictionary(uniqueKeysWithValues: counts.byCategory.compactMap { key, value in Category(rawValue: key).map { ($0, value) } }),
                byLevel: Dictionary(uniqueKeysWithValues: counts.byLevel.compactMap { key, value in Level(rawValue: key).map { ($0, value) } })),
            units: report.units.map { .init(unit: $0.unit, rank: $0.rank, points: $0.points, complaints: $0.complaints) },
            summary: report.summary)
    }
}

extension ScoringService {
    /// The report of `period` for the bureau or `unit`, from scoring's store `db`: what `complaints report --period`
    /// writes.
    package static func report(_ period: ReportPeriod, unit: String?, builder: ReportBuilder, in db: Database) throws -> PeriodReport {
        try BureauTimers.report(period, unit: unit, builder: builder, in: db)
    }
}
