import TicketClassification

/// The customer's own words of a ticket, as repeat-demand matching compares them (R1 "same event"): the text
/// normalised as the classifier sees it (`TextNormalizer`, traditional characters folded to simplified), with the
/// agents' stock phrases cut out.
public struct EventWords: Sendable, Equatable {
    public let text: String
    /// The distinct pairs of adjacent characters, sorted: worked out once, so that comparing with each earlier
    /// ticket of the customer is a merge of two short lists.
    private let pairs: [UInt64]

    /// `normalized` is the ticket's text after `TextNormalizer.scalars`.
    public init(normalized: [Unicode.Scalar], removing boilerplate: PhraseSet) {
        self.init(stored: String(scalars: boilerplate.removingOccurrences(from: normalized)))
    }

    /// Words already reduced, as the register stores them.
    public init(stored: String) {
        text = stored
        pairs = Self.pairs(of: stored)
    }

    /// Dice's coefficient over the two texts' sets of adjacent character pairs: 1 for the same words, 0 for nothing
    /// in common. Pairs, not single characters, because Chinese words are mostly two characters long.
    public func similarity(to other: EventWords) -> Double {
        let mine = pairs, theirs = other.pairs
        guard !mine.isEmpty, !theirs.isEmpty else { return 0 }
        var shared = 0, i = 0, j = 0
        while i < mine.count && j < theirs.count {
            if mine[i] == theirs[j] {
                shared += 1
                i += 1
                j += 1
            } else if mine[i] < theirs[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return 2 * Double(shared) / Double(mine.count + theirs.count)
    }

    /// The pairs of adjacent characters this text shares with `other`, in this text's order, each once, at most
    /// `limit`: the words a same-event verdict rests on, for the reader of the verdict.
    public func sharedWords(with other: EventWords, limit: Int) -> [String] {
        var shared: [String] = []
        // A pair is its word: compared as numbers, and written out only once it is shared and new, since most pairs
        // are not and a string for each cost more than the rest of the verdict.
        var sharedPairs: [UInt64] = []
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            guard shared.count < limit else { break }
            guard let first = previous else { continue }
            let pair = UInt64(first.value) << 32 | UInt64(scalar.value)
            guard other.contains(pair), !sharedPairs.contains(pair) else { continue }
            sharedPairs.append(pair)
            shared.append(String(scalars: [first, scalar]))
        }
        return shared
    }

    /// Whether `pair` is one of this text's pairs (they are sorted).
    private func contains(_ pair: UInt64) -> Bool {
        var low = 0, high = pairs.count
        while low < high {
            let middle = (low + high) / 2
            if pairs[middle] == pair { return true }
            if pairs[middle] < pair { low = middle + 1 } else { high = middle }
        }
        return false
    }

    private static func pairs(of text: String) -> [UInt64] {
        var result: [UInt64] = []
        var previous: UInt32?
        for scalar in text.unicodeScalars {
            if let previous { result.append(UInt64(previous) << 32 | UInt64(scalar.value)) }
            previous = scalar.value
        }
        result.sort()
        // Distinct pairs: a word said twice counts once, as in a set.
        var distinct = 0
        for pair in result where distinct == 0 || result[distinct - 1] != pair {
            result[distinct] = pair
            distinct += 1
        }
        return Array(result.prefix(distinct))
    }
}
