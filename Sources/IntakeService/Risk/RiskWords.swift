import Contracts
import TicketClassification

/// The risk lexicon (R6) ready for matching: every word of every entry in one phrase set, each word with the flags of
/// the entries listing it.
public struct RiskWords: Sendable {
    private let words: PhraseSet
    private let flags: [RiskFlag]

    /// `normalizer` is the one the ticket's text is folded with, so 記者 in a ticket finds 记者 in the lexicon.
    public init(_ lexicon: RiskLexicon, normalizer: TextNormalizer) {
        let listed = lexicon.entries.flatMap { entry in entry.words.map { (word: $0, flag: entry.flag) } }
        words = PhraseSet(listed.map(\.word), normalizer: normalizer)
        flags = listed.map(\.flag)
    }

    /// The words found in `normalized` text (each once, in the lexicon's order) and the flags they raise.
    func find(in normalized: [Unicode.Scalar]) -> (words: [String], flags: Set<RiskFlag>) {
        var found: [String] = []
        var raised = Set<RiskFlag>()
        for index in words.found(in: normalized) {
            raised.insert(flags[index])
            if !found.contains(words.phrases[index]) { found.append(words.phrases[index]) }
        }
        return (found, raised)
    }
}
