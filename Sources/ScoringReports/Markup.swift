/// Text placed in HTML or SVG, where a report's own words (a reason, a unit's name, a summary) must never become
/// markup.
enum Markup {
    /// The five characters that can end a text or an attribute, or start a tag or an entity, in HTML and XML alike.
    private static let entities: [Unicode.Scalar: String] = [
        "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;",
    ]

    /// `text` safe as element content and as a quoted attribute value, in HTML and in inline SVG.
    static func escaped(_ text: String) -> String {
        // Most text has none of the five (they are ASCII, so no byte of another character can be one): it is its
        // own escape, and a month's report has millions of cells.
        let special = { (byte: UInt8) in byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 }
        guard text.utf8.withContiguousStorageIfAvailable({ $0.contains(where: special) }) ?? text.utf8.contains(where: special)
        else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let entity = entities[scalar] {
                result += entity
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
