import Contracts
import Foundation

/// Where a text names a rule, for the rule map's tests.
enum RuleNames {
    /// Whether `text` names `rule` at all: its id as a word (`R3c`, `H4`: not the `R3` of `R3c`, nor the `H1` of `H10`)
    /// or its case (`.r3c`). Comments count: that is where code says which rule it implements.
    static func text(_ text: String, names rule: RuleID) -> Bool {
        contains(rule.rawValue, in: text, boundaryBefore: true)
            || contains(".\(caseName(rule))", in: text, boundaryBefore: false)
    }

    /// The rules `source` uses as `RuleID` values: inside `ruleIds: [...]`, after `rule:` or `ruleId:`, or as
    /// `RuleID.x`. Only these places, because other enums have cases of the same names (`CallbackStep.c1`,
    /// `.h10`); and comments are left out, so that a comment quoting an example does not count.
    static func rulesUsedInCode(_ source: String) -> Set<RuleID> {
        let code = withoutLineComments(source)
        let caseReference = Self.caseReference
        var found = Set<RuleID>()
        for place in valuePlaces {
            for match in place.matches(in: code, range: NSRange(code.startIndex..., in: code)) {
                guard let range = Range(match.range(at: 1), in: code) else { continue }
                let value = String(code[range])
                for caseMatch in caseReference.matches(in: value, range: NSRange(value.startIndex..., in: value)) {
                    guard let name = Range(caseMatch.range(at: 1), in: value) else { continue }
                    if let rule = rulesByCaseName[String(value[name])] { found.insert(rule) }
                }
            }
        }
        return found
    }

    /// The case's name in Swift, e.g. `r3c`.
    static func caseName(_ rule: RuleID) -> String {
        String(describing: rule)
    }

    private static let rulesByCaseName = Dictionary(uniqueKeysWithValues: RuleID.allCases.map { (caseName($0), $0) })

    // Built per call, so that no regular expression object is shared between tests running in parallel; a few
    // hundred files take no time.
    private static var valuePlaces: [NSRegularExpression] {
        [
            #"\bruleIds\s*:\s*\[([^\]]*)\]"#,
            #"\b(?:rule|ruleId)\s*:\s*(\.[a-z]+[0-9]+[a-z]?)\b"#,
            #"\bRuleID(\.[a-z]+[0-9]+[a-z]?)\b"#,
        ].map { try! NSRegularExpression(pattern: $0) }
    }

    private static var caseReference: NSRegularExpression {
        try! NSRegularExpression(pattern: #"\.([a-z]+[0-9]+[a-z]?)\b"#)
    }

    /// `source` with everything from `//` to the end of each line removed. A `//` inside a string literal cuts the
    /// rest of its line too, which at worst hides a rule id written after a URL on the same line.
    private static func withoutLineComments(_ source: String) -> String {
        source.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in line.range(of: "//").map { line[..<$0.lowerBound] } ?? line }
            .joined(separator: "\n")
    }

    /// Whether `word` occurs in `text` with no letter, digit or `_` right after it (nor right before it, when
    /// `boundaryBefore`). ASCII only, so that Chinese text next to an id does not hide it.
    private static func contains(_ word: String, in text: String, boundaryBefore: Bool) -> Bool {
        var start = text.startIndex
        while let found = text.range(of: word, range: start..<text.endIndex) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            if !isWordCharacter(after) && !(boundaryBefore && isWordCharacter(before)) { return true }
            start = text.index(after: found.lowerBound)
        }
        return false
    }

    private static func isWordCharacter(_ character: Character?) -> Bool {
        guard let character, character.isASCII else { return false }
        return character.isLetter || character.isNumber || character == "_"
    }
}
