import Foundation
import ScoringReports
import Testing

/// The HTML report as a browser draws it (S10, C4): Chromium, headless, parses the page and every chart comes out
/// with as many marks as the report has values. Two launches: one for the DOM, one for a screenshot.
@Suite struct BrowserRenderingTests {
    @Test("S10, C4: headless Chromium builds every chart with one mark per value, and draws a non-trivial page")
    func s10ChromiumDrawsEveryChartWithItsMarks() throws {
        let chromium = try HeadlessChromium.installed()
        let report = try ReportSamples.week()
        #expect(report.days.count >= 5 && report.counts.byCategory.count >= 6 && report.units.count >= 8)

        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("report-browser-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("report.html")
        try Data(ReportHTML.render(report).utf8).write(to: page)

        let dom = try chromium.dumpDOM(of: page, in: directory)
        #expect(dom.contains("包头供电局九原供电分局"), "the Chinese text did not come through as UTF-8")
        let expectedBars = [
            "chart-daily-trend": 2 * report.days.count,
            "chart-category-pareto": report.counts.byCategory.count,
            "chart-unit-ranking": report.units.filter { $0.composite != nil }.count,
            "chart-level-distribution": 5,
            "chart-repeat-demands": report.days.count,
        ]
        for (id, bars) in expectedBars.sorted(by: { $0.key < $1.key }) {
            let chart = try #require(ChartInPage(id: id, in: dom), "Chromium's DOM has no <svg id=\"\(id)\">")
            #expect(chart.marks("bar").count == bars, "\(id)")
            #expect(!chart.saysNoData, "\(id)")
        }
        let pareto = try #require(ChartInPage(id: "chart-category-pareto", in: dom))
        #expect(pareto.marks("point").count == report.counts.byCategory.count)
        let values = pareto.marks("bar").compactMap(\.value)
        #expect(values == values.sorted(by: >))

        let image = directory.appendingPathComponent("report.png")
        try chromium.screenshot(of: page, to: image, width: 1000, height: 2400, in: directory)
        let png = try Data(contentsOf: image)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "not a PNG")
        // A blank page of this size compresses to a few kilobytes; charts, tables and text take far more.
        #expect(png.count > 50_000, "the screenshot is \(png.count) bytes: was anything drawn?")
    }
}
