/// A reader of RFC 4180 CSV written for the tests, apart from the writer it checks: records end in CRLF, a quoted
/// field may hold commas, doubled quotes and line breaks. An empty line is an empty record.
enum CSVRecords {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ text: String) throws -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, afterQuote = false
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if quoted {
                if scalar == "\"" { quoted = false; afterQuote = true } else { field.unicodeScalars.append(scalar) }
                continue
            }
            switch scalar {
            case "\"" where afterQuote:  // a doubled quote inside a quoted field
                field.append("\"")
                quoted = true
                afterQuote = false
            case "\"" where field.isEmpty:
                quoted = true
            case ",":
                record.append(field)
                (field, afterQuote) = ("", false)
            case "\r":
                guard scalars.next() == "\n" else {
                    throw Malformed(description: "CR without LF after \(records.count) records")
                }
                record.append(field)
                records.append(record == [""] ? [] : record)
                (record, field, afterQuote) = ([], "", false)
            case "\n":
                throw Malformed(description: "a bare LF ends record \(records.count + 1)")
            default:
                if afterQuote {
                    throw Malformed(description: "text after a closing quote in record \(records.count + 1)")
                }
                field.unicodeScalars.append(scalar)
            }
        }
        guard !quoted, record.isEmpty, field.isEmpty else {
            throw Malformed(description: "the text does not end a record")
        }
        return records
    }

    /// The records between empty lines, each section as its name (its first record), header and rows.
    static func sections(_ text: String) throws -> [(name: String, header: [String], rows: [[String]])] {
        try parse(text).split(separator: [], omittingEmptySubsequences: false).map { records in
            (records.first?.first ?? "", records.dropFirst().first ?? [], Array(records.dropFirst(2)))
        }
    }
}
