import CivilTime
import Contracts
import Foundation
import ScoringReports
import Units

/// Builds a period's report (S10, S12, C4) from the summed figures of its days and its ledger entries: plain values in,
/// a `PeriodReport` out, so that a report costs what its days hold, not what happened.
package struct ReportBuilder: Sendable {
    package let settings: ScoringSettings
    package let directory: UnitDirectory

    package init(settings: ScoringSettings, directory: UnitDirectory) {
        self.settings = settings
        self.directory = directory
    }

    /// The report of `period` for the bureau (`unit` nil) or one unit, from `figures` of the period's days (every
    /// unit's) and the period's `ledger`.
    package func build(
        _ period: ReportPeriod, unit: String?, figures: [FigureStore.Row], ledger: [Ledger.Line]
    ) -> PeriodReport {
        let scoped = unit.map { unit in figures.filter { $0.unit == unit } } ?? figures
        let tally = FigureTally(scoped)
        return build(period, unit: unit, tally: tally, figures: figures, problems: tally.nonZeroKeys(of: .problem), ledger: ledger)
    }

    /// The same report, the problems read apart: `figures` hold none, `problems` are the keys of the problems of the
    /// period (the unit's, or every unit's) that count, in any order (`FigureStore.problems`). What the service
    /// does: a month's problems are one figure per complaint, most of its figures, and only their keys matter.
    package func build(
        _ period: ReportPeriod, unit: String?, figures: [FigureStore.Row], problems: [String], ledger: [Ledger.Line]
    ) -> PeriodReport {
        let scoped = unit.map { unit in figures.filter { $0.unit == unit } } ?? figures
        return build(period, unit: unit, tally: FigureTally(scoped), figures: figures, problems: problems, ledger: ledger)
    }

    private func build(
        _ period: ReportPeriod, unit: String?, tally: FigureTally, figures: [FigureStore.Row],
        problems problemKeys: some Sequence<String>, ledger: [Ledger.Line]
    ) -> PeriodReport {
        let customers = unit.map { directory.unit($0)?.customers } ?? stationCustomers
        let units = ranking(figures: figures, ledger: ledger)
        let ranked = units.filter { $0.composite != nil }
        let scopeName = unit.flatMap { directory.unit($0)?.name } ?? directory.bureau
        let kpis = keyFigures(tally)
        let problems = commonProblems(problemKeys)
        return PeriodReport(
            reportId: "\(period.kind.rawValue)-\(period.label)-\(unit ?? "bureau")", kind: period.kind,
            scope: unit ?? "bureau", scopeName: scopeName, periodStart: period.start, periodEnd: period.endDate,
            kpis: kpis, counts: counts(tally, customers: customers),
            steps: steps(tally), days: days(period, tally), units: units,
            top: Array(ranked.prefix(settings.rankingSize).map(\.unit)),
            bottom: Array(ranked.reversed().prefix(settings.rankingSize).map(\.unit)),
            ledger: ledger.lazy.filter { unit == nil || $0.scored.unit == unit }.map(Self.line),
            flags: ledger.lazy.filter { unit == nil || $0.scored.unit == unit }.compactMap(Self.flag),
            commonProblems: problems, summary: summary(period, tally, kpis: kpis, problems: problems))
    }

    /// The bureau's customers: the stations' that the directory knows.
    var stationCustomers: Int? {
        let counts = directory.units.filter { $0.tier == .station }.compactMap(\.customers)
        return counts.isEmpty ? nil : counts.reduce(0, +)
    }

    func keyFigures(_ tally: FigureTally) -> KeyFigures {
        let closed = tally.count(.closed)
        let impossible = tally.count(.callback, "impossible")
        let callbackRate = Self.rate(tally.count(.callback, "made"), closed - impossible)
        let onTime = Self.rate(tally.count(.stepOnTime), tally.count(.stepEnded))
        let completion = Self.rate(min(closed, tally.count(.received)), tally.count(.received))
        let satisfaction = Self.rate(tally.count(.satisfaction, "satisfied"), tally.count(.satisfaction))
        return KeyFigures(
            callbackRate: callbackRate, onTimeReplyRate: onTime, completionRate: completion,
            satisfactionRate: satisfaction,
            substantiatedRate: Self.rate(tally.count(.substantiated, "true"), tally.count(.substantiated)),
            repeatRate: Self.rate(tally.count(.repeats), tally.count(.received)),
            // S11: closed complaints whose record meets all four.
            fourNotLetGoRate: Self.rate(tally.count(.fourNotLetGo, "kept"), tally.count(.fourNotLetGo)),
            composite: composite(response: onTime, resolution: completion, satisfaction: satisfaction))
    }

    /// The 12345-style composite, 0 to 100, from the parts there are (their weights shared among them).
    func composite(response: Double?, resolution: Double?, satisfaction: Double?) -> Double? {
        let weights = settings.composite
        let parts = [(response, weights.response), (resolution, weights.resolution), (satisfaction, weights.satisfaction)]
            .compactMap { value, weight in value.map { ($0, weight) } }
        let weight = parts.map(\.1).reduce(0, +)
        guard weight > 0 else { return nil }
        return Self.rounded(100 * parts.map { $0.0 * $0.1 }.reduce(0, +) / weight)
    }

    func counts(_ tally: FigureTally, customers: Int?) -> Counts {
        Counts(
            received: tally.count(.received), closed: tally.count(.closed), repeats: tally.count(.repeats),
            escalated: tally.count(.escalated), skippedLevels: tally.count(.skipped),
            per10kCustomers: customers.flatMap { $0 > 0 ? Self.rounded(Double(tally.count(.complaints)) * 10_000 / Double($0)) : nil },
            byType: tally.byKey(.received), byCategory: tally.byKey(.category), byLevel: tally.byKey(.level),
            byCause: tally.byKey(.cause))
    }

    func steps(_ tally: FigureTally) -> [StepFigure] {
        tally.byKey(.stepEnded).keys.sorted(by: Self.stepOrder).map { step in
            let ended = tally.count(.stepEnded, step)
            let histogram = tally.histogram(of: step)
            return StepFigure(
                step: step, ended: ended, onTime: tally.count(.stepOnTime, step),
                averageSeconds: ended > 0 ? Self.rounded(tally.sum(.stepEnded, step) / Double(ended)) : nil,
                p90Seconds: StepTimeHistogram.percentile(0.9, of: histogram).map(Self.rounded))
        }
    }

    func days(_ period: ReportPeriod, _ tally: FigureTally) -> [DayFigure] {
        period.days.map { day in
            DayFigure(
                day: CivilDate(daysSince1970: day).description, received: tally.count(.received, day: day),
                closed: tally.count(.closed, day: day), repeats: tally.count(.repeats, day: day))
        }
    }

    /// Every unit of the directory with its figures and points, best composite first (then most points, then id).
    func ranking(figures: [FigureStore.Row], ledger: [Ledger.Line]) -> [UnitFigure] {
        // A unit's figures give its rates and counts, never its common problems: the problems' rows (one per
        // complaint, most of a month's rows) are left out of the grouping.
        let byUnit = Dictionary(grouping: figures.lazy.filter { $0.measure != .problem }, by: \.unit)
        var points: [String: Double] = [:]
        for line in ledger { points[line.scored.unit, default: 0] += line.scored.points }
        let units = directory.units.map { unit in
            let tally = FigureTally(byUnit[unit.id] ?? [])
            let kpis = keyFigures(tally)
            let complaints = tally.count(.complaints)
            return UnitFigure(
                unit: unit.id, name: unit.name, tier: unit.tier.rawValue, rank: 0,
                points: Self.rounded(points[unit.id] ?? 0), complaints: complaints,
                per10kCustomers: unit.customers.flatMap { $0 > 0 ? Self.rounded(Double(complaints) * 10_000 / Double($0)) : nil },
                responseRate: kpis.onTimeReplyRate, resolutionRate: kpis.completionRate,
                satisfactionRate: kpis.satisfactionRate, composite: kpis.composite)
        }
        return units.sorted { a, b in
            ((a.composite ?? -1), a.points, b.unit) > ((b.composite ?? -1), b.points, a.unit)
        }.enumerated().map { index, unit in
            var unit = unit
            unit.rank = index + 1
            return unit
        }
    }

    /// Areas and categories with at least the configured number of complaints in the period (seed 002).
    /// `keys` are the problems' (`area|category|ticket`) that count, in any order: each area and category's tickets
    /// are sorted below, so a month's hundreds of thousands of keys are sorted in small groups, not all together.
    func commonProblems(_ keys: some Sequence<String>) -> [CommonProblem] {
        var tickets: [String: [String]] = [:]
        // An area and category's keys mostly come together (the store gives them in order): each run of them is
        // gathered apart and added to its group at its end, rather than the group looked up key by key.
        var (area, category, run): (Substring, Substring, [String]) = ("", "", [])
        func endRun() {
            guard !run.isEmpty else { return }
            tickets[String(area) + "|" + category, default: []].append(contentsOf: run)
            run.removeAll(keepingCapacity: true)
        }
        for key in keys {
            let parts = key.split(separator: "|", maxSplits: 2)
            guard parts.count == 3 else { continue }
            if parts[0] != area || parts[1] != category {
                endRun()
                (area, category) = (parts[0], parts[1])
            }
            run.append(String(parts[2]))
        }
        endRun()
        return tickets.filter { $0.value.count >= settings.commonProblemMinimum }.map { key, tickets in
            let parts = key.split(separator: "|").map(String.init)
            return CommonProblem(area: parts[0], category: parts[1], tickets: tickets.sorted())
        }.sorted { ($0.tickets.count, $1.area, $1.category) > ($1.tickets.count, $0.area, $0.category) }
    }

    /// The period's summary in words; `problems` are its common problems, the largest first.
    func summary(_ period: ReportPeriod, _ tally: FigureTally, kpis: KeyFigures, problems: [CommonProblem]) -> String {
        let percent = { (rate: Double?) in rate.map { String(format: "%.1f%%", $0 * 100) } ?? "—" }
        var text = "\(period.label)受理\(tally.count(.received))件，结案\(tally.count(.closed))件，重复诉求\(tally.count(.repeats))件，"
            + "越级投诉\(tally.count(.skipped))件；回访率\(percent(kpis.callbackRate))，按时率\(percent(kpis.onTimeReplyRate))，"
            + "办结率\(percent(kpis.completionRate))，满意率\(percent(kpis.satisfactionRate))。"
        if let top = problems.first {
            text += "共性问题：\(top.area)区域\(top.category)类\(top.tickets.count)件。"
        }
        return text
    }

    static func line(_ line: Ledger.Line) -> LedgerLine {
        let scored = line.scored
        return LedgerLine(
            entry: scored.entry, at: line.at, unit: scored.unit, ruleId: scored.ruleId.rawValue, points: scored.points,
            reason: scored.reason, tickets: scored.ticketNo.map { [$0] } ?? [], total: scored.total, team: scored.team,
            person: scored.person, reverses: scored.reverses)
    }

    static func flag(_ line: Ledger.Line) -> MoneyFlag? {
        guard let money = line.scored.money, let ticketNo = line.scored.ticketNo else { return nil }
        return MoneyFlag(
            ticketNo: ticketNo, unit: line.scored.unit, kind: money.kind.rawValue, reason: line.scored.reason,
            amount: money.amount, leaderInCharge: money.leaderInCharge, professionalLine: money.professionalLine)
    }

    static func rate(_ part: Int, _ whole: Int) -> Double? { whole > 0 ? rounded(Double(part) / Double(whole)) : nil }

    /// Six decimals: the same figures always print the same.
    static func rounded(_ value: Double) -> Double { (value * 1_000_000).rounded() / 1_000_000 }

    /// H2 … H10, then C1, C3, then the rest, each by its number.
    static func stepOrder(_ a: String, _ b: String) -> Bool {
        func rank(_ step: String) -> (Int, Int, String) {
            let letter = "HCNE".firstIndex(of: step.first ?? "Z").map { "HCNE".distance(from: "HCNE".startIndex, to: $0) } ?? 9
            return (letter, Int(step.dropFirst()) ?? 0, step)
        }
        return rank(a) < rank(b)
    }
}

/// The figures of a report's days added up by measure, key and day.
struct FigureTally {
    private var counts: [Measure: [String: Int]] = [:]
    private var sums: [Measure: [String: Double]] = [:]
    private var daily: [Measure: [Int: Int]] = [:]

    init(_ rows: [FigureStore.Row]) {
        for row in rows {
            counts[row.measure, default: [:]][row.key, default: 0] += row.count
            // Only steps have seconds; a sum never added reads as 0 all the same, and the problems' keys (one per
            // complaint) are not kept twice.
            if row.sum != 0 { sums[row.measure, default: [:]][row.key, default: 0] += row.sum }
            daily[row.measure, default: [:]][row.day, default: 0] += row.count
        }
    }

    func count(_ measure: Measure) -> Int { counts[measure]?.values.reduce(0, +) ?? 0 }
    func count(_ measure: Measure, _ key: String) -> Int { counts[measure]?[key] ?? 0 }
    func count(_ measure: Measure, day: Int) -> Int { daily[measure]?[day] ?? 0 }
    func sum(_ measure: Measure, _ key: String) -> Double { sums[measure]?[key] ?? 0 }
    func byKey(_ measure: Measure) -> [String: Int] { (counts[measure] ?? [:]).filter { $0.value != 0 } }
    /// The keys of `measure` whose count is not 0, in no order: `byKey`'s without building it.
    func nonZeroKeys(of measure: Measure) -> some Sequence<String> {
        (counts[measure] ?? [:]).lazy.filter { $0.value != 0 }.map(\.key)
    }

    /// The step's time histogram: bucket → count.
    func histogram(of step: String) -> [Int: Int] {
        var buckets: [Int: Int] = [:]
        for (key, count) in counts[.stepTime] ?? [:] where count > 0 {
            let parts = key.split(separator: "#")
            if parts.count == 2, parts[0] == step, let bucket = Int(parts[1]) { buckets[bucket, default: 0] += count }
        }
        return buckets
    }
}
