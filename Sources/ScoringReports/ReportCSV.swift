/// A report as CSV (see `CSVWriter` for the form): the sections `report`, `kpi`, `counts`, `steps`, `days`, `units`,
/// `ledger`, `flags` and `common-problems`, in that order. Keys and values are as the contracts spell them, not
/// translated, so that a spreadsheet or a script can read them; dictionaries are written in key order, so the same
/// report is always the same bytes. Ticket lists are joined with spaces.
public enum ReportCSV {
    public static func render(_ report: PeriodReport) -> String {
        var csv = CSVWriter()
        csv.section(
            "report", headers: ["reportId", "kind", "scope", "scopeName", "periodStart", "periodEnd", "summary"],
            rows: [[
                report.reportId, report.kind.rawValue, report.scope, report.scopeName, CSVValue.of(report.periodStart),
                CSVValue.of(report.periodEnd), report.summary,
            ]])
        let kpis = report.kpis
        csv.section("kpi", headers: ["name", "value"], rows: [
            ["callbackRate", CSVValue.of(kpis.callbackRate)],
            ["onTimeReplyRate", CSVValue.of(kpis.onTimeReplyRate)],
            ["completionRate", CSVValue.of(kpis.completionRate)],
            ["satisfactionRate", CSVValue.of(kpis.satisfactionRate)],
            ["substantiatedRate", CSVValue.of(kpis.substantiatedRate)],
            ["repeatRate", CSVValue.of(kpis.repeatRate)],
            ["fourNotLetGoRate", CSVValue.of(kpis.fourNotLetGoRate)],
            ["composite", CSVValue.of(kpis.composite)],
        ])
        csv.section("counts", headers: ["name", "key", "value"], rows: counts(report.counts))
        let stepHeaders = ["step", "ended", "onTime", "averageSeconds", "p90Seconds"]
        csv.section("steps", headers: stepHeaders, rows: report.steps.map {
            [
                $0.step, CSVValue.of($0.ended), CSVValue.of($0.onTime), CSVValue.of($0.averageSeconds),
                CSVValue.of($0.p90Seconds),
            ]
        })
        csv.section("days", headers: ["day", "received", "closed", "repeats"], rows: report.days.map {
            [$0.day, CSVValue.of($0.received), CSVValue.of($0.closed), CSVValue.of($0.repeats)]
        })
        csv.section("units", headers: [
            "rank", "unit", "name", "tier", "points", "complaints", "per10kCustomers", "responseRate", "resolutionRate",
            "satisfactionRate", "composite", "top", "bottom",
        ], rows: report.units.map { unit in
            [
                CSVValue.of(unit.rank), unit.unit, unit.name, unit.tier, CSVValue.of(unit.points),
                CSVValue.of(unit.complaints), CSVValue.of(unit.per10kCustomers), CSVValue.of(unit.responseRate),
                CSVValue.of(unit.resolutionRate), CSVValue.of(unit.satisfactionRate), CSVValue.of(unit.composite),
                String(report.top.contains(unit.unit)), String(report.bottom.contains(unit.unit)),
            ]
        })
        csv.section("ledger", headers: [
            "entry", "at", "unit", "ruleId", "points", "reason", "tickets", "total", "team", "person", "reverses",
        ], rows: report.ledger.map { line in
            [
                CSVValue.of(line.entry), CSVValue.of(line.at), line.unit, line.ruleId, CSVValue.of(line.points),
                line.reason, line.tickets.joined(separator: " "), CSVValue.of(line.total), line.team ?? "",
                line.person ?? "", CSVValue.of(line.reverses),
            ]
        })
        csv.section("flags", headers: [
            "ticketNo", "unit", "kind", "reason", "amount", "leaderInCharge", "professionalLine",
        ], rows: report.flags.map { flag in
            [
                flag.ticketNo, flag.unit, flag.kind, flag.reason, CSVValue.of(flag.amount),
                CSVValue.of(flag.leaderInCharge), CSVValue.of(flag.professionalLine),
            ]
        })
        csv.section("common-problems", headers: ["area", "category", "tickets"], rows: report.commonProblems.map {
            [$0.area, $0.category, $0.tickets.joined(separator: " ")]
        })
        return csv.text
    }

    /// The totals, then each breakdown by its keys in order.
    private static func counts(_ counts: Counts) -> [[String]] {
        let totals = [
            ["received", "", CSVValue.of(counts.received)],
            ["closed", "", CSVValue.of(counts.closed)],
            ["repeats", "", CSVValue.of(counts.repeats)],
            ["escalated", "", CSVValue.of(counts.escalated)],
            ["skippedLevels", "", CSVValue.of(counts.skippedLevels)],
            ["per10kCustomers", "", CSVValue.of(counts.per10kCustomers)],
        ]
        let breakdowns = [("byType", counts.byType), ("byCategory", counts.byCategory), ("byLevel", counts.byLevel), ("byCause", counts.byCause)]
        return totals + breakdowns.flatMap { name, values in
            values.keys.sorted().map { [name, $0, CSVValue.of(values[$0])] }
        }
    }
}
