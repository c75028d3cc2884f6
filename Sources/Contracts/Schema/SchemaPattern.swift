import Foundation
import Synchronization

/// A compiled `pattern`: an unanchored search, as JSON Schema specifies (anchors must be written into the pattern).
final class SchemaPattern: Sendable {
    /// The pattern as the schema writes it, for messages.
    let source: String
    private let expression: NSRegularExpression
    /// Verdicts on values already seen. Most patterned values repeat (unit ids, area codes, rule ids), and a regular
    /// expression match costs microseconds; bounded, so unique values (phone numbers) cannot grow it without end.
    private let verdicts = Mutex<[String: Bool]>([:])
    private static let rememberedVerdicts = 4_096

    init(_ source: String) throws {
        self.source = source
        expression = try NSRegularExpression(pattern: Self.ecmaEndAnchors(source))
    }

    /// Whether the pattern occurs anywhere in `text`.
    func matches(_ text: String) -> Bool {
        if let known = verdicts.withLock({ $0[text] }) { return known }
        let verdict = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        verdicts.withLock { remembered in
            if remembered.count < Self.rememberedVerdicts { remembered[text] = verdict }
        }
        return verdict
    }

    /// `source` with every `$` anchor written as `\z`. In ECMA-262, the dialect JSON Schema specifies, `$` matches
    /// only at the end of the text; ICU (like Python's `re`) also matches before a final newline, which would let
    /// "st-machi\n" pass as a unit id. Escaped dollars and dollars inside a character class are literal and kept.
    static func ecmaEndAnchors(_ source: String) -> String {
        var result = "", escaped = false, inClass = false
        for character in source {
            defer { escaped = !escaped && character == "\\" }
            if escaped {
                result.append(character)
                continue
            }
            switch character {
            case "[": inClass = true
            case "]": inClass = false
            case "$" where !inClass:
                result += "\\z"
                continue
            default: break
            }
            result.append(character)
        }
        return result
    }
}
