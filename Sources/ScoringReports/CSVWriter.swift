import Contracts
import Foundation

/// CSV as RFC 4180 writes it: every record ends in CRLF, and a field holding a comma, a double quote, a CR or an LF is
/// quoted, its quotes doubled; a line break inside a field stays as written, inside the quotes.
///
/// A file holds several tables, so it is written in sections, one empty line between them: the section's name alone
/// on a line, then its header row, then its rows. The name is its own record so that a section without rows still
/// says which it is.
struct CSVWriter {
    static let recordEnd = "\r\n"
    private(set) var text = ""

    mutating func section(_ name: String, headers: [String], rows: [[String]]) {
        if !text.isEmpty { text += Self.recordEnd }
        record([name])
        record(headers)
        for row in rows { record(row) }
    }

    private mutating func record(_ fields: [String]) {
        text += fields.map(Self.field).joined(separator: ",") + Self.recordEnd
    }

    static func field(_ value: String) -> String {
        let special = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        return special ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
    }
}

/// Values as a CSV field holds them for a program to read back: numbers in full (a whole number without `.0`), times
/// in the contract's RFC 3339 with +08:00, and nothing at all for a missing value or one that is not a number.
enum CSVValue {
    static func of(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    static func of(_ value: Int?) -> String {
        value.map(String.init) ?? ""
    }

    static func of(_ date: Date) -> String {
        Timestamp.format(date)
    }
}
