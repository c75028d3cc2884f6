import Foundation
import ScoringReports
import Testing

/// The HTML report (S10 daily, weekly and monthly reports; C4 the monthly analysis; S12 the rates): what its charts
/// draw, checked against the report's numbers, and that nothing in the report can break the page.
@Suite struct ReportHTMLTests {
    static let chartIds = [
        "chart-daily-trend", "chart-category-pareto", "chart-unit-ranking", "chart-level-distribution",
        "chart-repeat-demands",
    ]

    @Test("S10: the page holds the five charts, each titled, and is one self-contained Chinese page")
    func s10PageHoldsTheFiveTitledChartsAndNothingExternal() throws {
        let page = ReportHTML.render(try ReportSamples.week())
        for id in Self.chartIds {
            let chart = try #require(ChartInPage(id: id, in: page), "no <svg id=\"\(id)\">")
            #expect(chart.svg.contains("<title id=\"\(id)-title\">"), "\(id) has no title")
        }
        #expect(page.hasPrefix("<!doctype html>\n<html lang=\"zh-CN\">"))
        #expect(page.contains("<meta charset=\"utf-8\">"))
        #expect(page.contains("包头供电局九原供电分局") && page.contains("周通报") && page.contains("2026-03-02 至 2026-03-08"))
        for external in ["<script", "<link", "src=", "href=", "@import", "url("] {
            #expect(!page.contains(external), "the page refers to something outside it: \(external)")
        }
    }

    @Test("C4: the Pareto chart has one bar per category, most tickets first, and a cumulative line ending at 100 %")
    func c4ParetoBarsFollowTheCategoriesMostFirst() throws {
        let report = try ReportSamples.week()
        let chart = try #require(ChartInPage(id: "chart-category-pareto", in: ReportHTML.render(report)))
        let bars = chart.marks("bar")
        #expect(bars.count == report.counts.byCategory.count)
        let values = bars.compactMap(\.value)
        #expect(values == values.sorted(by: >), "bars not in descending order: \(values)")
        #expect(values == report.counts.byCategory.values.sorted(by: >).map(Double.init))
        #expect(bars.first?.label == "wrong-reading")
        // Equal counts (theft and appliance-damage have 1 each) fall in key order, so the chart is the same each time.
        #expect(bars.suffix(2).map(\.label) == ["appliance-damage", "theft"])

        let shares = chart.marks("point").compactMap(\.value)
        #expect(shares.count == bars.count)
        #expect(shares == shares.sorted(), "the cumulative share fell: \(shares)")
        #expect(shares.first == 30 && shares.last == 100)  // 12 of 40, then all
    }

    @Test("S10: the daily trend has a received and a closed bar per day; the repeat chart one bar per day")
    func s10DailyChartsHaveAMarkPerDay() throws {
        let report = try ReportSamples.week()
        let page = ReportHTML.render(report)
        let trend = try #require(ChartInPage(id: "chart-daily-trend", in: page))
        #expect(trend.marks("bar").count == 2 * report.days.count)
        #expect(trend.marks("bar", where: "data-series", is: "received").compactMap(\.value)
            == report.days.map { Double($0.received) })
        #expect(trend.marks("bar", where: "data-series", is: "closed").compactMap(\.value)
            == report.days.map { Double($0.closed) })
        let repeats = try #require(ChartInPage(id: "chart-repeat-demands", in: page))
        #expect(repeats.marks("bar").compactMap(\.value) == report.days.map { Double($0.repeats) })
        #expect(repeats.marks("bar").map(\.label) == report.days.map(\.day))
    }

    @Test("S10: the ranking has a bar per unit with a composite, best first, the top and bottom five marked")
    func s10RankingMarksTheTopAndBottomFive() throws {
        let report = try ReportSamples.week()
        let page = ReportHTML.render(report)
        let chart = try #require(ChartInPage(id: "chart-unit-ranking", in: page))
        let bars = chart.marks("bar")
        let ranked = report.units.filter { $0.composite != nil }
        #expect(ranked.count == 8)
        #expect(bars.map(\.label) == ranked.map(\.unit))
        #expect(bars.compactMap(\.value) == ranked.compactMap(\.composite))
        for bar in bars {
            let groups = Set((bar.attributes["data-group"] ?? "").split(separator: " ").map(String.init))
            let unit = try #require(bar.label)
            #expect(groups.contains("top") == report.top.contains(unit), "\(unit): \(groups)")
            #expect(groups.contains("bottom") == report.bottom.contains(unit), "\(unit): \(groups)")
        }
        #expect(page.contains("<div id=\"standings-top\"><h3>前五名</h3><ol><li>麻池供电所（97.5）</li>"))
        #expect(page.contains("<div id=\"standings-bottom\"><h3>后五名</h3><ol><li>营销副局长（50）</li>"))
    }

    @Test("S10: the level chart has five bars, V to I")
    func s10LevelChartRunsFromVToI() throws {
        let report = try ReportSamples.week()
        let chart = try #require(ChartInPage(id: "chart-level-distribution", in: ReportHTML.render(report)))
        #expect(chart.marks("bar").map(\.label) == ["V", "IV", "III", "II", "I"])
        #expect(chart.marks("bar").compactMap(\.value) == [30, 8, 3, 2, 1])
    }

    @Test("S12: the rates are percentages against a target of 100 %, a missing rate a dash")
    func s12RatesArePercentagesAgainstTheirTarget() throws {
        var report = try ReportSamples.week()
        report.kpis.satisfactionRate = nil
        let page = ReportHTML.render(report)
        let kpis = TableInPage.rows("table-kpi", in: page)
        #expect(kpis.contains(["回访率", "98.5%", "100%", "S12"]))
        #expect(kpis.contains(["满意率", "—", "100%", "S12"]))
        #expect(kpis.contains(["投诉属实率", "35%", "逐期下降", "S12"]))
        #expect(kpis.contains(["综合评分", "86.4", "—", "—"]))
        // Steps: 1 h 30 min average and 2 h 45 min at the 90th percentile; a step nobody timed shows dashes.
        let steps = TableInPage.rows("table-steps", in: page)
        #expect(steps.first == ["H2", "40", "38", "95%", "1小时30分", "2小时45分"])
        #expect(steps.last == ["N1", "0", "0", "—", "—", "—"])
    }

    @Test("S10: words from the ledger, a unit or the summary are escaped, in the tables and in the charts")
    func s10ReportTextIsEscaped() throws {
        var report = try ReportSamples.week()
        let hostile = "<script>alert(\"x\")</script> & 'y'"
        report.ledger[0].reason = hostile
        report.units[0].name = hostile
        report.summary = hostile
        report.scopeName = "<b>九原</b>"
        report.counts.byCategory["<img src=x>"] = 50
        let page = ReportHTML.render(report)
        #expect(!page.contains("<script"))
        #expect(!page.contains("<img"))
        #expect(!page.contains("<b>"))
        #expect(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"))
        let ranking = try #require(ChartInPage(id: "chart-unit-ranking", in: page))
        #expect(ranking.svg.contains("1. &lt;script&gt;"))
        let pareto = try #require(ChartInPage(id: "chart-category-pareto", in: page))
        #expect(pareto.marks("bar").first?.label == "&lt;img src=x&gt;")
    }

    @Test("S10: an empty period draws every chart with the note 无数据, no marks, and no NaN or infinity")
    func s10EmptyReportSaysNoDataWithoutNaN() throws {
        let page = ReportHTML.render(try ReportSamples.empty())
        for id in Self.chartIds {
            let chart = try #require(ChartInPage(id: id, in: page))
            #expect(chart.saysNoData, "\(id) does not say 无数据")
            #expect(chart.marks("bar").isEmpty && chart.marks("point").isEmpty, "\(id) has marks")
        }
        #expect(page.contains("日监控") && page.contains("统计周期：<span class=\"period\">2026-03-02</span>"))
        #expect(TableInPage.rows("table-kpi", in: page).first == ["回访率", "—", "100%", "S12"])
        #expect(!NonNumbers.appear(in: page), "the page shows NaN or infinity")
    }

    @Test("S12: a value that is not a number (a broken aggregate) shows as a dash, never NaN or infinity")
    func s12NonFiniteValuesShowAsDashes() throws {
        var report = try ReportSamples.week()
        report.kpis.composite = .nan
        report.kpis.callbackRate = .infinity
        report.units[0].composite = .infinity
        report.counts.per10kCustomers = -.infinity
        report.steps[0].averageSeconds = .nan
        let page = ReportHTML.render(report)
        #expect(!NonNumbers.appear(in: page), "the page shows NaN or infinity")
        #expect(TableInPage.rows("table-kpi", in: page).first == ["回访率", "—", "100%", "S12"])
    }
}

/// What a NaN or an infinity looks like once formatted, by Swift or by C's printf.
enum NonNumbers {
    static func appear(in text: String) -> Bool {
        text.contains(try! Regex(#"(?i)\b(nan|inf|infinity)\b"#))
    }
}
