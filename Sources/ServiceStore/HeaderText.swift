import Foundation

/// Headers as one text column: `name=value` lines, with `%`, `=` and line breaks percent-escaped.
///
/// Not JSON: the outbox writes and reads this for every event, and Codable cost more than the insert itself.
enum HeaderText {
    static func encode(_ headers: [OutboxEntry.Header]) -> String {
        headers.map { escape($0.name) + "=" + escape($0.value) }.joined(separator: "\n")
    }

    static func decode(_ text: String) -> [OutboxEntry.Header] {
        guard !text.isEmpty else { return [] }
        // Split on the UTF-8 bytes: Character-wise splitting costs more than the rest of the relay's row handling.
        return text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            guard let equals = line.firstIndex(of: 0x3D) else { return OutboxEntry.Header(name: unescape(line), value: "") }
            return OutboxEntry.Header(name: unescape(line[..<equals]), value: unescape(line[line.index(after: equals)...]))
        }
    }

    private static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x25 || $0 == 0x3D || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "=", with: "%3D")
            .replacingOccurrences(of: "\n", with: "%0A").replacingOccurrences(of: "\r", with: "%0D")
    }

    private static func unescape(_ bytes: Substring.UTF8View) -> String {
        let text = String(Substring(bytes))
        guard bytes.contains(UInt8(ascii: "%")) else { return text }
        return text.replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%0A", with: "\n")
            .replacingOccurrences(of: "%3D", with: "=").replacingOccurrences(of: "%25", with: "%")
    }
}
