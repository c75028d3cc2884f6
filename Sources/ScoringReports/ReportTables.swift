/// The report's tables as the page shows them: Chinese headings, rates as percentages, times to the minute, "—" where
/// the period has no value.
enum ReportTables {
    /// The S12 rates against their target of 100 %, the substantiated rate that should fall, the repeat rate and the
    /// composite.
    static func keyFigures(_ kpis: KeyFigures) -> HTMLTable {
        let rows: [[String]] = [
            ["回访率", Display.percent(kpis.callbackRate), "100%", "S12"],
            ["按时答复率", Display.percent(kpis.onTimeReplyRate), "100%", "S12"],
            ["办结率", Display.percent(kpis.completionRate), "100%", "S12"],
            ["满意率", Display.percent(kpis.satisfactionRate), "100%", "S12"],
            ["投诉属实率", Display.percent(kpis.substantiatedRate), "逐期下降", "S12"],
            ["重复诉求率", Display.percent(kpis.repeatRate), Display.missing, "R1"],
            ["四不放过达成率", Display.percent(kpis.fourNotLetGoRate), "100%", "S11"],
            ["综合评分", Display.number(kpis.composite, digits: 1), Display.missing, Display.missing],
        ]
        return HTMLTable(id: "table-kpi", headers: ["指标", "本期", "目标", "规则"], rows: rows, numeric: [1, 2])
    }

    static func totals(_ counts: Counts) -> HTMLTable {
        let rows: [[String]] = [
            ["受理", String(counts.received)],
            ["办结", String(counts.closed)],
            ["重复诉求", String(counts.repeats)],
            ["升级", String(counts.escalated)],
            ["越级投诉", String(counts.skippedLevels)],
            ["万户投诉率", Display.number(counts.per10kCustomers)],
        ]
        return HTMLTable(id: "table-counts", headers: ["项目", "数量"], rows: rows, numeric: [1])
    }

    /// Tickets by type, by category (most first, as the Pareto chart) and by level (V to I).
    static func breakdown(_ counts: Counts) -> HTMLTable {
        let types = counts.byType.sorted { $0.key < $1.key }
            .map { ["类型", ReportLabels.ticketType($0.key), String($0.value)] }
        let categories = ReportCharts.paretoOrder(counts.byCategory)
            .map { ["分类", ReportLabels.category($0.key), String($0.count)] }
        let levels = ReportCharts.levels.compactMap { level in
            counts.byLevel[level].map { ["分级", ReportLabels.level(level), String($0)] }
        }
        let causes = counts.byCause.sorted { $0.key < $1.key }
            .map { ["原因", ReportLabels.cause($0.key), String($0.value)] }
        return HTMLTable(id: "table-breakdown", headers: ["维度", "项", "工单数"], rows: types + categories + levels + causes,
                         numeric: [2])
    }

    static func steps(_ steps: [StepFigure]) -> HTMLTable {
        let rows = steps.map { step in
            let onTimeRate = step.ended > 0 ? Double(step.onTime) / Double(step.ended) : nil
            return [
                step.step, String(step.ended), String(step.onTime), Display.percent(onTimeRate),
                Display.duration(step.averageSeconds), Display.duration(step.p90Seconds),
            ]
        }
        return HTMLTable(id: "table-steps", headers: ["环节", "结束", "按时", "按时率", "平均用时", "90%分位用时"],
                         rows: rows, numeric: [1, 2, 3, 4, 5])
    }

    /// The ledger as it was written, with each unit's name where the report knows it.
    static func ledger(_ report: PeriodReport) -> HTMLTable {
        let rows = report.ledger.map { line in
            [
                String(line.entry), Display.minute(line.at), unitName(line.unit, in: report), line.ruleId,
                Display.points(line.points), line.reason, line.tickets.joined(separator: "、"),
                Display.number(line.total),
                [line.team, line.person].compactMap { $0 }.joined(separator: " / "),
                line.reverses.map { "冲销第\($0)条" } ?? "",
            ]
        }
        return HTMLTable(
            id: "table-ledger", headers: ["序号", "时间", "单位", "规则", "分值", "原因", "工单", "累计", "班组/责任人", "冲销"],
            rows: rows, numeric: [0, 4, 7])
    }

    /// Complaints linked to money (S9).
    static func flags(_ report: PeriodReport) -> HTMLTable {
        let rows = report.flags.map { flag in
            [
                flag.ticketNo, unitName(flag.unit, in: report), ReportLabels.flagKind(flag.kind), flag.reason,
                Display.number(flag.amount), Display.number(flag.leaderInCharge), Display.number(flag.professionalLine),
            ]
        }
        return HTMLTable(
            id: "table-flags", headers: ["工单", "单位", "类型", "原因", "金额（元）", "分管领导（元）", "专业条线（元）"],
            rows: rows, numeric: [4, 5, 6])
    }

    static func commonProblems(_ problems: [CommonProblem]) -> HTMLTable {
        let rows = problems.map { problem in
            [problem.area, ReportLabels.category(problem.category), String(problem.tickets.count),
             problem.tickets.joined(separator: "、")]
        }
        return HTMLTable(id: "table-common-problems", headers: ["区域", "分类", "工单数", "工单"], rows: rows, numeric: [2])
    }

    /// `st-machi` → 麻池供电所; an id the ranking does not hold stays an id.
    static func unitName(_ id: String, in report: PeriodReport) -> String {
        report.units.first { $0.unit == id }?.name ?? id
    }
}
