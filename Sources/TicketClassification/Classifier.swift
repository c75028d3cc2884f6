import Contracts

/// Chooses a ticket's category from its text with a `ClassificationModel`, transparently: every score is a sum of
/// phrase weights the model file states, and the answer lists the phrases it rests on.
///
/// **Matching.** The text and the model's phrases are normalised alike (`normalizer`, which also folds traditional
/// characters to simplified when it has a conversion table); a phrase matches where
/// its normalised spelling, or a spelling variant of it (`normalization.variants`), occurs in the normalised text.
///
/// An occurrence inside one of the phrase's false friends (`normalization.falseFriends`: "家电" in "家电表") is not
/// a match.
///
/// **Scoring.** A category's score is the sum of the weights of its *distinct* matched phrases: a phrase said twice
/// counts once. Where a longer phrase of a category covers an occurrence of a shorter phrase of the same category
/// ("计划停电" over "停电"), only the longer one counts — the longer phrase's weight is meant as the evidence of the
/// whole span, so the maintainer can weigh "计划停电" without subtracting "停电". Phrases of different categories
/// never cancel each other: "计划停电" still adds to 计划停电问题 while "停电" adds to every category listing it.
///
/// **Confidence** of the best candidate, with `best` its score, `total` the sum of all candidates' scores and
/// `h` the model's `confidence.halfConfidenceScore`:
///
///     confidence = (best / total) × (best / (best + h))
///
/// The first factor is the winner's share of the evidence (1 when no other candidate scored); the second damps weak
/// evidence (a lone phrase of weight `h` gives 0.5, of weight 3h gives 0.75). Nothing matched: confidence 0 and
/// the model's fallback category for the type.
public struct Classifier: Sendable {
    /// The model the classifier was built from.
    public let model: ClassificationModel
    /// How the model's phrases and the texts given as strings are folded before matching.
    public let normalizer: TextNormalizer

    /// One spelling's meaning for one category: which model phrase it stands for and its weight.
    private struct Entry: Sendable {
        /// `CategorySlot` of the category.
        var category: Int
        /// Number of the model phrase, unique across categories, to count each phrase once.
        var phrase: Int
        var weight: Double
        var phraseText: String
        var spelling: String
    }

    /// A false friend's effect: the spelling it cancels and where that spelling starts inside it.
    private struct Cancellation: Sendable {
        var spelling: Int
        var offsets: [Int]
    }

    private let trie: PhraseTrie
    /// Per trie spelling, what it means for each category listing it.
    private let entries: [[Entry]]
    /// Per trie spelling, the occurrences it cancels when it is a false friend.
    private let cancellations: [[Cancellation]]

    /// Builds the matcher from `model`, expanding spelling variants and false friends, its phrases folded by
    /// `normalizer` (the intake's, with its conversion table, so traditional text meets simplified phrases).
    public init(model: ClassificationModel, normalizer: TextNormalizer = .plain) {
        self.model = model
        self.normalizer = normalizer
        var trie = PhraseTrie.Builder()
        var entries: [[Entry]] = []
        var cancellations: [[Cancellation]] = []
        /// Inserts a spelling and keeps the side tables as long as the trie's numbering.
        func insert(_ spelling: [Unicode.Scalar]) -> Int {
            let number = trie.insert(spelling)
            while entries.count < trie.count { entries.append([]) }
            while cancellations.count < trie.count { cancellations.append([]) }
            return number
        }

        let variants: [(canonical: [Unicode.Scalar], spellings: [[Unicode.Scalar]])] = model.normalization.variants
            .keys.sorted().map { canonical in
                (normalizer.scalars(canonical), (model.normalization.variants[canonical] ?? []).map(normalizer.scalars))
            }
            .filter { !$0.canonical.isEmpty }

        // Phrases as written go in first, so a variant that happens to equal another phrase of the same category
        // does not displace that phrase's own weight.
        var phraseNumber = 0
        var expansions: [(category: Int, phrase: Int, weight: Double, text: String, spelling: [Unicode.Scalar])] = []
        var originals: [(category: Int, phrase: Int, weight: Double, text: String, spelling: [Unicode.Scalar])] = []
        for (categoryIndex, category) in CategorySlot.all.enumerated() {
            for phrase in model.categories[category]?.phrases ?? [] {
                let spelling = normalizer.scalars(phrase.text)
                guard !spelling.isEmpty else { continue }
                originals.append((categoryIndex, phraseNumber, phrase.weight, phrase.text, spelling))
                for variant in variants {
                    for alternative in variant.spellings where !alternative.isEmpty {
                        let replaced = Self.replacing(variant.canonical, with: alternative, in: spelling)
                        if replaced != spelling {
                            expansions.append((categoryIndex, phraseNumber, phrase.weight, phrase.text, replaced))
                        }
                    }
                }
                phraseNumber += 1
            }
        }
        for item in originals + expansions {
            let number = insert(item.spelling)
            guard !entries[number].contains(where: { $0.category == item.category }) else { continue }
            entries[number].append(Entry(category: item.category, phrase: item.phrase, weight: item.weight,
                                         phraseText: item.text, spelling: String(scalars: item.spelling)))
        }
        for phrase in model.normalization.falseFriends.keys.sorted() {
            let spelling = normalizer.scalars(phrase)
            guard !spelling.isEmpty else { continue }
            let cancelled = insert(spelling)
            for context in model.normalization.falseFriends[phrase] ?? [] {
                let contextSpelling = normalizer.scalars(context)
                let offsets = Self.offsets(of: spelling, in: contextSpelling)
                guard !offsets.isEmpty, contextSpelling.count > spelling.count else { continue }
                let number = insert(contextSpelling)
                cancellations[number].append(Cancellation(spelling: cancelled, offsets: offsets))
            }
        }
        self.trie = trie.build()
        self.entries = entries
        self.cancellations = cancellations
    }

    /// Scores `text` for each of `candidates`, best first; equal scores keep the candidates' order, so the result
    /// never depends on anything but the input. Candidates listed twice appear once.
    public func rank(_ text: String, among candidates: [Category]) -> [CategoryScore] {
        rank(normalized: normalizer.scalars(text), among: candidates)
    }

    /// `rank` for text already normalised (`normalizer.scalars`), when the caller matches other phrases too.
    public func rank(normalized text: [Unicode.Scalar], among candidates: [Category]) -> [CategoryScore] {
        let all = scores(text)
        var seen: UInt64 = 0
        var ranked: [(order: Int, score: CategoryScore)] = []
        ranked.reserveCapacity(candidates.count)
        for candidate in candidates {
            let slot = CategorySlot.slot(candidate)
            guard seen & (1 << slot) == 0 else { continue }
            seen |= 1 << slot
            ranked.append((ranked.count, all[slot]))
        }
        ranked.sort { $0.score.score != $1.score.score ? $0.score.score > $1.score.score : $0.order < $1.order }
        return ranked.map(\.score)
    }

    /// The category of a ticket of `type` saying `text`, or nil for the types that have no category (opinion,
    /// consultation, repair, praise).
    public func classify(_ text: String, as type: TicketType) -> CategoryGuess? {
        classify(normalized: normalizer.scalars(text), as: type)
    }

    /// `classify` for text already normalised (`normalizer.scalars`).
    public func classify(normalized text: [Unicode.Scalar], as type: TicketType) -> CategoryGuess? {
        let candidates = type.classificationCandidates
        guard let first = candidates.first else { return nil }
        let ranking = rank(normalized: text, among: candidates)
        guard let best = ranking.first, best.score > 0 else {
            return CategoryGuess(category: model.fallback[type] ?? first, confidence: 0, matches: [], isFallback: true,
                                 ranking: ranking)
        }
        let total = ranking.reduce(0) { $0 + max($1.score, 0) }
        let share = best.score / total
        let strength = best.score / (best.score + model.confidence.halfConfidenceScore)
        return CategoryGuess(category: best.category, confidence: min(max(share * strength, 0), 1),
                             matches: best.matches, isFallback: false, ranking: ranking)
    }

    /// Every category's score for normalised text, indexed like `Category.allCases`.
    private func scores(_ text: [Unicode.Scalar]) -> [CategoryScore] {
        /// An occurrence's meaning for one category; plain integers, so collecting hits copies no strings.
        struct Hit {
            var spelling: Int
            var entry: Int
            var category: Int
            var phrase: Int
            var start: Int
            var end: Int
        }
        struct Cancelled: Equatable {
            var spelling: Int
            var start: Int
        }
        let occurrences = trie.occurrences(in: text)
        var cancelled: [Cancelled] = []
        for occurrence in occurrences {
            for cancellation in cancellations[occurrence.spelling] {
                for offset in cancellation.offsets {
                    cancelled.append(Cancelled(spelling: cancellation.spelling, start: occurrence.start + offset))
                }
            }
        }
        var hits: [Hit] = []
        hits.reserveCapacity(occurrences.count * 2)
        for occurrence in occurrences
        where !cancelled.contains(Cancelled(spelling: occurrence.spelling, start: occurrence.start)) {
            for (index, entry) in entries[occurrence.spelling].enumerated() {
                hits.append(Hit(spelling: occurrence.spelling, entry: index, category: entry.category,
                                phrase: entry.phrase, start: occurrence.start, end: occurrence.end))
            }
        }
        var result = CategorySlot.all.map { CategoryScore(category: $0, score: 0, matches: []) }
        var counted: [Int] = []
        for hit in hits {
            let covered = hits.contains { other in
                other.category == hit.category && other.start <= hit.start && hit.end <= other.end
                    && other.end - other.start > hit.end - hit.start
            }
            guard !covered, !counted.contains(hit.phrase) else { continue }
            counted.append(hit.phrase)
            let entry = entries[hit.spelling][hit.entry]
            result[hit.category].score += entry.weight
            result[hit.category].matches.append(
                PhraseMatch(phrase: entry.phraseText, matchedText: entry.spelling, weight: entry.weight))
        }
        return result
    }

    /// Where `part` starts inside `whole`.
    private static func offsets(of part: [Unicode.Scalar], in whole: [Unicode.Scalar]) -> [Int] {
        guard !part.isEmpty, part.count <= whole.count else { return [] }
        return (0...(whole.count - part.count)).filter { whole[$0..<$0 + part.count].elementsEqual(part) }
    }

    /// `phrase` with every occurrence of `target` replaced by `replacement`.
    private static func replacing(_ target: [Unicode.Scalar], with replacement: [Unicode.Scalar],
                                  in phrase: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        var position = 0
        while position < phrase.count {
            if position + target.count <= phrase.count,
               phrase[position..<position + target.count].elementsEqual(target) {
                result.append(contentsOf: replacement)
                position += target.count
            } else {
                result.append(phrase[position])
                position += 1
            }
        }
        return result
    }
}
