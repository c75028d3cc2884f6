/// Text placed in HTML or SVG, where a report's own words (a reason, a unit's name, a summary) must never become
/// markup.
enum Markup {
    /// The five characters that can end a text or an attribute, or start a tag or an entity, in HTML and XML alike.
    private static let entities: [Unicode.Scalar: String] = [
        "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;",
    ]

    /// `text` safe as element content and as a quoted attribute value, in HTML and in inline SVG.
    static func escaped(_ text: String) -> String {
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
