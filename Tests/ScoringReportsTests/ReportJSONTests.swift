import Contracts
import Foundation
import ScoringReports
import Testing

/// The JSON report (S10): what a program reads back is the report that was written.
@Suite struct ReportJSONTests {
    @Test("S10: the JSON decodes back into an equal report, times read with Timestamp.parse")
    func s10JSONDecodesIntoAnEqualReport() throws {
        for report in [try ReportSamples.week(), try ReportSamples.empty()] {
            let text = ReportJSON.render(report)
            #expect(text.contains("\"periodStart\" : \"2026-03-02T00:00:00+08:00\""))
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .custom { decoder in
                let container = try decoder.singleValueContainer()
                let written = try container.decode(String.self)
                guard let date = Timestamp.parse(written) else {
                    throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(written) is no time")
                }
                return date
            }
            let decoded = try decoder.decode(PeriodReport.self, from: Data(text.utf8))
            #expect(decoded == report)
            #expect(ReportJSON.render(decoded) == text)
        }
    }
}
