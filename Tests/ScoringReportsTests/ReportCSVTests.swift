import Foundation
import ScoringReports
import Testing

/// The CSV report (S10): its sections and their headers, RFC 4180 quoting read back by a separate reader, and the
/// same bytes for the same report.
@Suite struct ReportCSVTests {
    static let sections = ["report", "kpi", "counts", "steps", "days", "units", "ledger", "flags", "common-problems"]

    @Test("S10: every section is there, in order, with its header row, one empty line apart, records ending in CRLF")
    func s10EverySectionIsThereWithItsHeader() throws {
        let report = try ReportSamples.week()
        let text = ReportCSV.render(report)
        let sections = try CSVRecords.sections(text)
        #expect(sections.map(\.name) == Self.sections)
        let headers = Dictionary(uniqueKeysWithValues: sections.map { ($0.name, $0.header) })
        #expect(headers["report"] == ["reportId", "kind", "scope", "scopeName", "periodStart", "periodEnd", "summary"])
        #expect(headers["kpi"] == ["name", "value"])
        #expect(headers["counts"] == ["name", "key", "value"])
        #expect(headers["common-problems"] == ["area", "category", "tickets"])
        for section in sections {
            for row in section.rows {
                #expect(row.count == section.header.count, "\(section.name): \(row)")
            }
        }
        let rows = Dictionary(uniqueKeysWithValues: sections.map { ($0.name, $0.rows) })
        #expect(rows["report"]?.first?.prefix(6) == [
            "weekly-2026-W10-bureau", "weekly", "bureau", "包头供电局九原供电分局", "2026-03-02T00:00:00+08:00",
            "2026-03-09T00:00:00+08:00",
        ])
        #expect(rows["kpi"]?.first == ["callbackRate", "0.985"])
        #expect(rows["days"]?.count == report.days.count)
        #expect(rows["units"]?.count == report.units.count)
        #expect(rows["units"]?.last == [
            "9", "st-xingsheng", "兴胜供电所", "station", "0", "0", "", "", "", "", "", "false", "false",
        ])
        #expect(rows["ledger"]?.last == [
            "106", "2026-03-07T09:30:00+08:00", "st-halinge", "R7", "2", "复核不属实，冲销", "95598-20260306-0005", "0",
            "", "", "105",
        ])
        #expect(text.hasSuffix("\r\n") && !text.hasSuffix("\r\n\r\n"))
    }

    @Test("S10: a field with a comma, a quote or a line break is quoted and reads back unchanged")
    func s10QuotedFieldsReadBackUnchanged() throws {
        var report = try ReportSamples.week()
        let awkward = "客户称\"电表走得快\",要求校验\n第二行\r\n第三行"
        report.ledger[0].reason = awkward
        report.flags[0].reason = "plain"
        let text = ReportCSV.render(report)
        #expect(text.contains("\"客户称\"\"电表走得快\"\",要求校验\n第二行\r\n第三行\""))
        #expect(text.contains(",plain,"), "a field without special characters is not quoted")
        let rows = try #require(try CSVRecords.sections(text).first { $0.name == "ledger" }?.rows)
        #expect(rows.first?[5] == awkward)
        let summary = try #require(try CSVRecords.sections(text).first?.rows.first?.last)
        #expect(summary == report.summary, "the two-line summary")
    }

    @Test("S10: breakdowns are written in key order, so the same report is the same bytes")
    func s10BreakdownsAreInKeyOrder() throws {
        let report = try ReportSamples.week()
        let text = ReportCSV.render(report)
        #expect(text == ReportCSV.render(report))
        let counts = try #require(try CSVRecords.sections(text).first { $0.name == "counts" }?.rows)
        let categories = counts.filter { $0[0] == "byCategory" }.map { $0[1] }
        #expect(categories == report.counts.byCategory.keys.sorted())
        #expect(counts.filter { $0[0] == "byLevel" }.map { $0[1] } == ["I", "II", "III", "IV", "V"])
        #expect(counts.prefix(6).map { $0[0] }
            == ["received", "closed", "repeats", "escalated", "skippedLevels", "per10kCustomers"])
    }

    @Test("S12: an empty period writes every section, missing rates as empty fields, never NaN")
    func s12EmptyReportWritesEmptyFields() throws {
        let text = ReportCSV.render(try ReportSamples.empty())
        let sections = try CSVRecords.sections(text)
        #expect(sections.map(\.name) == Self.sections)
        #expect(sections.first { $0.name == "kpi" }?.rows.allSatisfy { $0[1].isEmpty } == true)
        #expect(sections.first { $0.name == "ledger" }?.rows.isEmpty == true)
        #expect(!NonNumbers.appear(in: text))
    }
}
