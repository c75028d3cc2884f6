/// A report as one self-contained HTML page (S10, C4): the header, the key figures, the counts, five inline SVG charts,
/// then the tables and the summary. Nothing is fetched (no style sheet, script, font or image), so the file can be
/// mailed, archived and opened offline; all text from the report is escaped.
public enum ReportHTML {
    public static func render(_ report: PeriodReport) -> String {
        let kind = ReportLabels.kind(report.kind)
        let period = Display.period(from: report.periodStart, to: report.periodEnd)
        let page: [String] = [
            "<!doctype html>",
            "<html lang=\"zh-CN\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(Markup.escaped("\(report.scopeName) \(kind) \(period)"))</title>",
            "<style>\n\(ReportStyle.css)\n</style>",
            "</head>",
            "<body>",
            "<header>",
            "<h1>\(Markup.escaped(report.scopeName)) <span class=\"kind\">\(kind)</span></h1>",
            "<p class=\"meta\">统计周期：<span class=\"period\">\(period)</span> · 范围：\(Markup.escaped(report.scope))"
                + " · 报告编号：\(Markup.escaped(report.reportId))</p>",
            "</header>",
            "<main>",
        ] + [
            section("kpi", "关键指标", ReportTables.keyFigures(report.kpis).html),
            section("counts", "数量", ReportTables.totals(report.counts).html + "\n"
                + ReportTables.breakdown(report.counts).html),
            section("charts", "图表", charts(report)),
            section("steps", "处理环节时效", ReportTables.steps(report.steps).html),
            section("ledger", "考核台账", ReportTables.ledger(report).html),
            section("flags", "经济责任考核（S9）", ReportTables.flags(report).html),
            section("common-problems", "共性问题", ReportTables.commonProblems(report.commonProblems).html),
            section("summary", "小结", "<p class=\"summary\">\(Markup.escaped(report.summary))</p>"),
        ].joined() + [
            "</main>",
            "</body>",
            "</html>",
        ]
        // Each line followed by a line break, written once into a string of the right size: a month's tables can
        // be hundreds of megabytes, and every copy of them counts.
        var html = ""
        html.reserveCapacity(page.reduce(0) { $0 + $1.utf8.count + 1 })
        for line in page {
            html += line
            html += "\n"
        }
        return html
    }

    /// A section as lines of the page: its opening and heading, its content, its end. The content stays one string
    /// of its own, not copied into the section's.
    private static func section(_ id: String, _ heading: String, _ content: String) -> [String] {
        ["<section id=\"\(id)\">\n<h2>\(heading)</h2>", content, "</section>"]
    }

    /// Each chart in a figure, its title above it (an SVG's own `<title>` shows only on hover) and how to read it
    /// below.
    private static func charts(_ report: PeriodReport) -> String {
        [
            figure(ReportCharts.dailyTrend(report)),
            figure(ReportCharts.categoryPareto(report)),
            figure(ReportCharts.unitRanking(report)) + "\n" + standings(report),
            figure(ReportCharts.levelDistribution(report)),
            figure(ReportCharts.repeatDemands(report)),
        ].joined(separator: "\n")
    }

    private static func figure(_ figure: ReportCharts.Figure) -> String {
        "<figure>\n<h3>\(Markup.escaped(figure.title))</h3>\n\(figure.svg)\n"
            + "<figcaption>\(Markup.escaped(figure.caption))</figcaption>\n</figure>"
    }

    /// The five best and five worst units by name, for those who read the page aloud or print it in black and white.
    private static func standings(_ report: PeriodReport) -> String {
        func list(_ id: String, _ heading: String, _ units: [String]) -> String {
            let items = units.map { unit in
                let name = ReportTables.unitName(unit, in: report)
                let composite = report.units.first { $0.unit == unit }?.composite
                return "<li>\(Markup.escaped(name))（\(Display.number(composite, digits: 1))）</li>"
            }
            let content = items.isEmpty ? "<p class=\"no-data\">无数据</p>" : "<ol>\(items.joined())</ol>"
            return "<div id=\"\(id)\"><h3>\(heading)</h3>\(content)</div>"
        }
        return "<div class=\"standings\">" + list("standings-top", "前五名", report.top)
            + list("standings-bottom", "后五名", report.bottom) + "</div>"
    }
}
