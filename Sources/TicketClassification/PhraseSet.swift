/// A fixed list of phrases found in normalised text in one pass: the intake's risk words, the agents' stock phrases,
/// the words that mark a demand about a result. Phrases and text are compared after the same `TextNormalizer`, as
/// the classifier compares them.
public struct PhraseSet: Sendable {
    /// The phrases as given.
    public let phrases: [String]
    private let trie: PhraseTrie
    /// For each spelling in the trie, the phrases that normalise to it.
    private let phrasesOfSpelling: [[Int]]

    /// `normalizer` folds the phrases as the text they are looked for in is folded. A phrase that normalises to
    /// nothing (only punctuation) can never be found.
    public init(_ phrases: [String], normalizer: TextNormalizer = .plain) {
        self.phrases = phrases
        var builder = PhraseTrie.Builder()
        var phrasesOfSpelling: [[Int]] = []
        for (index, phrase) in phrases.enumerated() {
            let spelling = normalizer.scalars(phrase)
            guard !spelling.isEmpty else { continue }
            let number = builder.insert(spelling)
            if number == phrasesOfSpelling.count { phrasesOfSpelling.append([]) }
            phrasesOfSpelling[number].append(index)
        }
        trie = builder.build()
        self.phrasesOfSpelling = phrasesOfSpelling
    }

    /// The positions in `phrases` of those found in `text` (normalised), ascending, each once.
    public func found(in text: [Unicode.Scalar]) -> [Int] {
        var seen = Set<Int>()
        for occurrence in trie.occurrences(in: text) { seen.formUnion(phrasesOfSpelling[occurrence.spelling]) }
        return seen.sorted()
    }

    /// Whether any phrase occurs in `text` (normalised).
    public func occurs(in text: [Unicode.Scalar]) -> Bool {
        !trie.occurrences(in: text).isEmpty
    }

    /// `text` with the phrases cut out: from left to right, the longest phrase starting at each place.
    public func removingOccurrences(from text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var longestEnd = [Int](repeating: -1, count: text.count)
        for occurrence in trie.occurrences(in: text) where occurrence.end > longestEnd[occurrence.start] {
            longestEnd[occurrence.start] = occurrence.end
        }
        var kept: [Unicode.Scalar] = []
        kept.reserveCapacity(text.count)
        var position = 0
        while position < text.count {
            if longestEnd[position] > position {
                position = longestEnd[position]
            } else {
                kept.append(text[position])
                position += 1
            }
        }
        return kept
    }
}
