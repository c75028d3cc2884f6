/// Folds traditional Chinese characters to simplified (繁→简) with OpenCC's conversion tables, so a ticket written in
/// traditional characters (seed 004 itself is) is classified, matched to the customer's earlier tickets and checked
/// for risk words exactly like one written in simplified characters.
///
/// The conversion is OpenCC's own (its `t2s` configuration): from left to right, the longest entry of the tables that
/// starts at each place is replaced by its first candidate, and a character no entry starts with is kept. The phrase
/// table comes first and wins over a character entry of the same spelling; it exists because characters alone pick
/// the wrong simplified form in some words (乾坤 keeps 乾, where 乾 alone folds to 干). The tables' spellings go
/// through the same per-character folding as the text (`TextNormalizer`), so they match where the text is matched.
///
/// Simplified text passes through unchanged: the tables' entries are traditional spellings. (Checked on the
/// classifier's corpora, phrases and every phrase list of the intake; see `docs/classifier.md`.)
public struct ScriptFolding: Sendable {
    private let trie: PhraseTrie
    /// Per trie spelling, what it becomes.
    private let replacements: [[Unicode.Scalar]]

    /// How many spellings the tables map.
    public var count: Int { replacements.count }

    /// No table: text is left as it is.
    public static let none = ScriptFolding(entries: [])

    /// `entries`, in order of precedence: of two entries with the same spelling, the first one listed stands. An entry
    /// whose spelling folds to nothing (punctuation only) is left out.
    public init(entries: [(from: String, to: String)]) {
        var builder = PhraseTrie.Builder()
        var replacements: [[Unicode.Scalar]] = []
        for entry in entries {
            let spelling = TextNormalizer.foldingEachScalar(entry.from)
            guard !spelling.isEmpty else { continue }
            let number = builder.insert(spelling)
            if number == replacements.count { replacements.append(TextNormalizer.foldingEachScalar(entry.to)) }
        }
        trie = builder.build()
        self.replacements = replacements
    }

    /// `text` (already folded character by character, `TextNormalizer`) with its traditional spellings folded.
    public func fold(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard !replacements.isEmpty else { return text }
        var folded: [Unicode.Scalar] = []
        folded.reserveCapacity(text.count)
        var position = 0
        while position < text.count {
            if let match = trie.longestMatch(in: text, from: position) {
                folded.append(contentsOf: replacements[match.spelling])
                position = match.end
            } else {
                folded.append(text[position])
                position += 1
            }
        }
        return folded
    }
}
