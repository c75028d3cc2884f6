import Contracts
import Foundation
@testable import ScoringService
import ScoringReports
import Testing

/// The KPIs (S12, issue 15 item 2) and the report's figures, exact, from crafted tickets' day-by-day figures.
@Suite struct KeyFigureTests {
    private func step(_ id: String, ended: Date, seconds: Int, onTime: Bool) -> ComplaintClosed.StepRecord {
        .init(step: id, unit: "st-machi", tier: .station, startedAt: ended.addingTimeInterval(-Double(seconds)), dueAt: ended,
              endedAt: ended, limit: "1 hour", tookSeconds: seconds, onTime: onTime)
    }

    /// March 2026 at two stations: four complaints at 麻池 (one repeat, one still open, one unsatisfied, two in
    /// the same area and category), one closed with no callback possible at 赛汗.
    private var march: World {
        var world = World()
        world.register("M1", at: at("2026-03-02T09:00"))
        world.close("M1", at: at("2026-03-02T15:00"), steps: [
            step("H2", ended: at("2026-03-02T09:40"), seconds: 2400, onTime: true),
            step("C1", ended: at("2026-03-02T15:00"), seconds: 360, onTime: true),
        ])
        world.analyse("M1", by: "csc", at: at("2026-03-03T10:00"), substantiated: true)
        world.register("M2", at: at("2026-03-03T09:00"), matched: "M1", verdict: .repeat)
        world.close("M2", at: at("2026-03-04T09:00"), satisfaction: .unsatisfied, level: .iv, highestTier: .csc, steps: [
            step("H2", ended: at("2026-03-03T11:00"), seconds: 7200, onTime: false),
        ])
        world.analyse("M2", by: "csc", at: at("2026-03-05T10:00"), substantiated: false)
        world.register("M3", category: .tariff, at: at("2026-03-04T09:00"))
        world.register("M4", type: .consultation, category: nil, at: at("2026-03-04T10:00"))
        world.close("M4", at: at("2026-03-04T11:00"))
        world.register("S1", category: .attitude, area: "JY-SH", at: at("2026-03-05T09:00"), unit: "st-saihan")
        world.close("S1", at: at("2026-03-05T12:00"), satisfaction: nil)
        return world
    }

    private func report(_ world: World, unit: String? = nil) -> PeriodReport {
        var sums: [FigureKey: FigureValue] = [:]
        for ticket in world.tickets.values {
            for (key, value) in ticket.figures {
                sums[key, default: FigureValue(count: 0)].count += value.count
                sums[key, default: FigureValue(count: 0)].sum += value.sum
            }
        }
        let rows = sums.map { FigureStore.Row(day: $0.key.day, unit: $0.key.unit, measure: $0.key.measure, key: $0.key.key,
                                              count: $0.value.count, sum: $0.value.sum) }
        let builder = ReportBuilder(settings: world.scoring.settings, directory: world.scoring.directory)
        return builder.build(ReportPeriod(parsing: "2026-03")!, unit: unit, figures: rows, ledger: [])
    }

    /// S12: callback, on-time, completion, satisfaction and substantiated rates; R1's repeat rate; the composite.
    @Test func theBureausRatesAreExact() {
        let kpis = report(march).kpis
        #expect(kpis.callbackRate == 1, "the three closed tickets a callback could reach were called back; S1's could not be")
        #expect(kpis.onTimeReplyRate == 0.666667, "two of three steps on time")
        #expect(kpis.completionRate == 0.8, "four closed of five received")
        #expect(kpis.satisfactionRate == 0.666667, "two satisfied of three outcomes")
        #expect(kpis.substantiatedRate == 0.5)
        #expect(kpis.repeatRate == 0.2)
        #expect(kpis.fourNotLetGoRate == 0.333333, "S11: of the three closed complaints only M1 keeps all four (M2 unsatisfied, S1 never called back)")
        // 100 × (30 × 0.666667 + 35 × 0.8 + 35 × 0.666667) / 100, from the rates as the report prints them.
        #expect(kpis.composite == 71.333355)
    }

    /// Counts by type, category and level; complaints per 10,000 customers from the directory (117,900 at the four
    /// stations); the steps' average and 90th percentile; the days.
    @Test func theCountsStepsAndDaysAreExact() throws {
        let report = report(march)
        #expect(report.counts.received == 5 && report.counts.closed == 4 && report.counts.repeats == 1)
        #expect(report.counts.escalated == 1)
        #expect(report.counts.byType == ["complaint": 4, "consultation": 1])
        #expect(report.counts.byCategory == ["wrong-reading": 2, "tariff": 1, "attitude": 1])
        #expect(report.counts.byLevel == ["V": 3, "IV": 1])
        #expect(report.counts.per10kCustomers == 0.339271)
        let h2 = try #require(report.steps.first { $0.step == "H2" })
        #expect(h2.ended == 2 && h2.onTime == 1 && h2.averageSeconds == 4800)
        let p90 = try #require(h2.p90Seconds)
        #expect(abs(p90 - 7200) / 7200 < 0.02, "within the histogram's 2 %")
        #expect(report.steps.map(\.step) == ["H2", "C1"])
        #expect(report.days.count == 31)
        #expect(report.days[1] == DayFigure(day: "2026-03-02", received: 1, closed: 1, repeats: 0))
        #expect(report.days[2] == DayFigure(day: "2026-03-03", received: 1, closed: 0, repeats: 1))
    }

    /// The ranking by composite, best first, with the units that had tickets; the top and bottom lists; one unit's
    /// report counts only its own tickets.
    @Test func unitsAreRankedAndAUnitsReportIsItsOwn() {
        let report = report(march)
        #expect(report.units.count == 8, "every unit of the directory")
        #expect(report.units.prefix(2).map(\.unit) == ["st-saihan", "st-machi"])
        #expect(report.top == ["st-saihan", "st-machi"] && report.bottom == ["st-machi", "st-saihan"])
        let machi = self.report(march, unit: "st-machi")
        #expect(machi.counts.received == 4 && machi.scope == "st-machi" && machi.scopeName == "麻池供电所")
        #expect(machi.counts.per10kCustomers == 0.728155, "three complaints for 41,200 customers")
    }

    /// C4, seed 002: an area and category with two complaints or more is a common problem for the monthly meeting,
    /// with its tickets.
    @Test func commonProblemsListTheirTickets() {
        #expect(report(march).commonProblems == [CommonProblem(area: "JY-MC", category: "wrong-reading", tickets: ["M1", "M2"])])
    }

    /// R4: the causes to track, counted on the closed tickets: not solved the first time (called back again), a
    /// commitment not kept, a false resolution.
    @Test func theCausesR4TracksAreCounted() {
        var world = World()
        world.register("A", at: at("2026-03-02T09:00"))
        world.close("A", at: at("2026-03-04T10:00"), callbacks: 2)
        world.register("B", at: at("2026-03-02T10:00"))
        world.close("B", at: at("2026-03-05T10:00"), brokenPromise: true)
        world.register("C", at: at("2026-03-02T11:00"))
        world.close("C", at: at("2026-03-05T11:00"), falseResolutionBy: "st-machi")
        world.register("D", at: at("2026-03-02T12:00"))
        world.close("D", at: at("2026-03-05T12:00"))
        #expect(report(world).counts.byCause == ["not-first-time": 1, "commitment-broken": 1, "false-resolution": 1])
    }

    /// R7: a won appeal takes the ticket out of every count.
    @Test func aWonAppealLeavesTheCounts() {
        var world = march
        world.appeal("M3", by: "st-machi", ground: .unreasonable, decision: .upheld, at: at("2026-03-10T10:00"))
        #expect(report(world).counts.received == 4)
        #expect(report(world).counts.byCategory["tariff"] == nil)
    }
}
