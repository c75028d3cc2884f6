import Foundation

/// What decided a repeat-demand verdict (R1–R3), field by field, so that a reader (and scoring) need not parse the
/// reason: which words and which facts. Every field is optional: a verdict states the ones it rests on.
public struct RepeatEvidence: Codable, Sendable, Equatable {
    /// How the matched ticket is the same customer (R1, R2).
    public var sameCustomer: SameCustomer?
    /// How it is the same event (R1).
    public var sameEvent: SameEvent?
    /// The two texts' similarity (Dice's coefficient over adjacent character pairs), two decimals.
    public var similarity: Double?
    /// The customer's words both texts share (pairs of adjacent characters, in the new text's order; at most 12).
    public var sharedWords: [String]?
    /// Where the matched ticket stood at the new call's `receivedAt`.
    public var earlierState: EarlierState?
    /// Since when it stood there (absent when it was open).
    public var earlierStateSince: Date?
    /// The words of the new text that decided an exclusion: a demand about a result (R3b), a routine consultation
    /// (R3d).
    public var cues: [String]?
    /// The hotline said the consultation was solved at once (R2).
    public var solvedAtOnce: Bool?
    /// The new call's channel, when it decided: a regulator's call is registered on its own, never merged (R3c).
    public var channel: Channel?

    /// Creates the evidence.
    public init(
        sameCustomer: SameCustomer? = nil, sameEvent: SameEvent? = nil, similarity: Double? = nil,
        sharedWords: [String]? = nil, earlierState: EarlierState? = nil, earlierStateSince: Date? = nil,
        cues: [String]? = nil, solvedAtOnce: Bool? = nil, channel: Channel? = nil
    ) {
        self.sameCustomer = sameCustomer
        self.sameEvent = sameEvent
        self.similarity = similarity
        self.sharedWords = sharedWords
        self.earlierState = earlierState
        self.earlierStateSince = earlierStateSince
        self.cues = cues
        self.solvedAtOnce = solvedAtOnce
        self.channel = channel
    }

    /// The identifier two tickets share.
    public enum SameCustomer: String, CaseIterable, Sendable, Codable {
        /// The same account number.
        case account
        /// The same phone, and not two different account numbers.
        case phone
    }

    /// Why two tickets are about the same event.
    public enum SameEvent: String, CaseIterable, Sendable, Codable {
        /// The same category and similar words.
        case category
        /// The same type, one without a category, and more similar words.
        case type
        /// An opinion and a complaint with more similar words: the usual way a matter escalates.
        case opinionAndComplaint = "opinion-and-complaint"
    }

    /// Where an earlier ticket stood at a moment.
    public enum EarlierState: String, CaseIterable, Sendable, Codable {
        case open, overdue, finished
        /// Found malicious or unreasonable by an upheld appeal (R3a).
        case malicious
    }
}
