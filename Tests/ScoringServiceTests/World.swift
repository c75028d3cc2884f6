import BusinessTime
import Contracts
import Foundation
@testable import ScoringService
import ServiceKit
import TestFixtures
import Units

/// The shipped settings (services/scoring/scoring.json), unit directory and calendar.
let shippedScoring: TicketScoring = {
    do {
        let data = ServiceData(directory: RepositoryFiles.file("services/scoring"))
        let settings = try data.decode(ScoringSettings.self, from: ScoringSettings.fileName) { $0.problems() }
        return TicketScoring(
            settings: settings, directory: try UnitDirectory.load(unitsFile: nil, beside: data),
            calendar: try BusinessCalendar(directory: RepositoryFiles.calendars))
    } catch { fatalError("shipped scoring data: \(error)") }
}()

/// A Beijing time: `at("2026-03-02T09:00")`.
func at(_ text: String) -> Date {
    guard let date = Timestamp.parse(text + ":00+08:00") else { fatalError("not a time: \(text)") }
    return date
}

/// Tickets under `TicketScoring` without Kafka or SQLite: their states, their timers, and every ledger entry, each
/// written once by key as the ledger does. `advance(to:)` fires the timers that fall due, in order.
struct World {
    let scoring = shippedScoring
    var tickets: [String: ScoredTicket] = [:]
    var timers: [String: [ScoringTimer: Date]] = [:]
    var entries: [LedgerEntry] = []
    private var events = 0

    mutating func take(_ decision: ScoringDecision) {
        tickets[decision.ticket.ticketNo] = decision.ticket
        for entry in decision.entries where !entries.contains(where: { $0.key == entry.key }) { entries.append(entry) }
        for effect in decision.timers {
            switch effect {
            case .schedule(let timer, let due): timers[decision.ticket.ticketNo, default: [:]][timer] = due
            case .cancel(let timer): timers[decision.ticket.ticketNo]?[timer] = nil
            case .publish: break
            }
        }
    }

    mutating func cause(_ time: Date) -> ScoringCause {
        events += 1
        return ScoringCause(id: "event-\(events)", at: time)
    }

    func ticket(_ no: String) -> ScoredTicket { tickets[no] ?? ScoredTicket(ticketNo: no) }

    /// A ticket registered and assigned to `unit`.
    mutating func register(
        _ no: String, channel: Channel = .hotline95598, type: TicketType = .complaint, category: Category? = .wrongReading,
        area: String = "JY-MC", at time: Date, firstOwner: String = "hotline-95598", unit: String = "st-machi",
        matched: String? = nil, verdict: RepeatVerdict = .notRepeat
    ) {
        let facts = RegisteredFacts(
            ticketNo: no, ticket: .init(channel: channel, type: type, category: nil, area: area, receivedAt: time),
            classification: .init(category: category), repeatDemand: .init(verdict: verdict, matchedTicketNo: matched), firstOwner: Owner(unit: firstOwner))
        let decisions = scoring.registered(facts, cause: cause(time), ticket: tickets[no], earlier: matched.flatMap { tickets[$0] })
        take(decisions.ticket)
        if let earlier = decisions.earlier { take(earlier) }
        let tier = scoring.directory.unit(unit)?.tier ?? .station
        take(scoring.assigned(ComplaintAssigned(
            ticketNo: no, unit: unit, tier: tier, role: tier == .station ? .staff : .officer,
            owner: Owner(unit: firstOwner), reason: .area, deadline: .init(step: "H2", dueAt: time.addingTimeInterval(3600))),
            ticket: tickets[no]))
    }

    mutating func verify(_ no: String, by unit: String = "st-machi", _ responsibility: Responsibility = .station) {
        take(scoring.verified(HandlingVerified(ticketNo: no, unit: unit, by: "工作人员 李娜", responsibility: responsibility), ticket: ticket(no)))
    }

    mutating func warn(_ no: String, by unit: String = "st-machi", at time: Date) {
        take(scoring.warned(
            WarningFiled(ticketNo: no, unit: unit, by: "供电所长 刘建国", cause: "线路老化", actionsTaken: "已安排改造"),
            cause: cause(time), ticket: ticket(no)))
    }

    mutating func analyse(
        _ no: String, by unit: String, at time: Date, substantiated: Bool? = true, team: String? = "抄表班",
        person: String? = "抄表员 李强"
    ) {
        take(scoring.analysed(
            AnalysisSubmitted(ticketNo: no, unit: unit, by: "客户服务中心 陈静", cause: "抄表错误", lessons: "复核不严",
                              measures: "加强复核", substantiated: substantiated,
                              tracedTo: .init(team: team, person: person)),
            cause: cause(time), ticket: ticket(no)))
    }

    mutating func appeal(_ no: String, by unit: String, ground: AppealGround, decision: AppealDecision, at time: Date) {
        take(scoring.appealFiled(AppealFiled(ticketNo: no, unit: unit, by: "供电所长 刘建国", ground: ground, evidence: ["录音"]), ticket: ticket(no)))
        take(scoring.appealDecided(AppealDecided(ticketNo: no, unit: unit, by: "营销部 赵敏", decision: decision), cause: cause(time), ticket: ticket(no)))
    }

    mutating func missAnalysis(_ no: String, unit: String = "st-machi", at time: Date) {
        take(scoring.analysisMissed(DeadlineMissed(ticketNo: no, step: "E8", dueAt: time, tier: .station, unit: unit), cause: cause(time), ticket: ticket(no)))
    }

    mutating func close(
        _ no: String, at time: Date, satisfaction: CallbackOutcome? = .satisfied, responsibility: Responsibility? = .station,
        level: Level = .v, highestTier: Tier = .station, missing: Bool = false, falseResolutionBy: String? = nil,
        steps: [ComplaintClosed.StepRecord] = [], callbacks: Int? = nil, brokenPromise: Bool = false
    ) {
        let check: ComplaintClosed.LoopCheck = missing ? .missing : .present
        let facts = ClosedFacts(
            ticketNo: no, closedAt: time, level: level, highestTier: highestTier, responsibility: responsibility,
            satisfaction: satisfaction, callbacks: callbacks ?? (satisfaction == nil ? 0 : 1), steps: steps,
            closedLoop: .init(accepted: .present, registered: .present, proposed: .present, transferred: .notApplicable,
                              urged: .notApplicable, supervised: .notApplicable, investigationReport: check,
                              handlingOpinion: .present),
            falseResolution: falseResolutionBy.map { .init(unit: $0, at: time) },
            fourNotLetGo: .init(verified: responsibility != nil, corrected: falseResolutionBy == nil, measuresInPlace: true,
                                customerSatisfied: satisfaction == .satisfied),
            commitments: brokenPromise ? [.init(description: "3日内更换电能表", dueAt: time, unit: "st-machi", fate: .broken)] : [])
        take(scoring.closed(facts, cause: cause(time), ticket: ticket(no), earlier: ticket(no).registration?.matchedTicketNo.flatMap { tickets[$0] }))
    }

    /// Fires every timer due by `time`, earliest first.
    mutating func advance(to time: Date) {
        while let (no, timer, due) = timers.flatMap({ no, timers in timers.map { (no, $0.key, $0.value) } })
            .filter({ $0.2 <= time }).min(by: { ($0.2, $0.0) < ($1.2, $1.0) }) {
            timers[no]?[timer] = nil
            take(scoring.fire(timer, cause: cause(due), ticket: ticket(no)))
        }
    }

    /// The unit's points over every entry.
    func points(_ unit: String) -> Double { ((entries.filter { $0.unit == unit }.map(\.points).reduce(0, +)) * 1000).rounded() / 1000 }

    /// The rules of the unit's entries, in order.
    func rules(_ unit: String) -> [RuleID] { entries.filter { $0.unit == unit }.map(\.rule) }
}
