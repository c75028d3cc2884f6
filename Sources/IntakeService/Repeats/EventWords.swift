import TicketClassification

/// The customer's own words of a ticket, as repeat-demand matching compares them (R1 "same event"): the text
/// normalised as the classifier sees it (`TextNormalizer`), with the agents' stock phrases cut out.
public struct EventWords: Sendable, Equatable {
    public let text: String

    /// `normalized` is the ticket's text after `TextNormalizer.scalars`.
    public init(normalized: [Unicode.Scalar], removing boilerplate: PhraseSet) {
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: boilerplate.removingOccurrences(from: normalized))
        text = String(kept)
    }

    /// Words already reduced, as the register stores them.
    public init(stored: String) { text = stored }

    /// Dice's coefficient over the two texts' sets of adjacent character pairs: 1 for the same words, 0 for nothing
    /// in common. Pairs, not single characters, because Chinese words are mostly two characters long.
    public func similarity(to other: EventWords) -> Double {
        let mine = pairs, theirs = other.pairs
        guard !mine.isEmpty, !theirs.isEmpty else { return 0 }
        let shared = mine.count < theirs.count ? mine.filter(theirs.contains).count : theirs.filter(mine.contains).count
        return 2 * Double(shared) / Double(mine.count + theirs.count)
    }

    private var pairs: Set<UInt64> {
        var result = Set<UInt64>()
        var previous: UInt32?
        for scalar in text.unicodeScalars {
            if let previous { result.insert(UInt64(previous) << 32 | UInt64(scalar.value)) }
            previous = scalar.value
        }
        return result
    }
}
