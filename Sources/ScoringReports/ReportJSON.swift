import Contracts
import Foundation

/// A report as JSON: the `PeriodReport` members, keys sorted, times in RFC 3339 with Beijing's offset, so that the same
/// report is always the same bytes.
public enum ReportJSON {
    public static func render(_ report: PeriodReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.format(date))
        }
        // Every member is a plain value: encoding cannot fail.
        let data = try! encoder.encode(report)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
