import Contracts
import Foundation

/// A ticket of the same customer registered before, as repeat-demand matching (R1) sees it.
///
/// Its progress is kept as the moments it changed, not as a state: the verdict on a new call takes the earlier
/// ticket as it stood at the call's `receivedAt`, so it does not depend on how long the call waited in the topic or
/// in which order the reports of other services arrived before it.
public struct EarlierTicket: Sendable, Equatable {
    /// Where an earlier ticket stands, as a history import states it.
    public enum Progress: Sendable, Equatable {
        /// In progress and within its deadlines.
        case open
        /// In progress, and a deadline or a commitment was missed (`deadline.missed`, `commitment.overdue`).
        case overdue
        /// Closed (`complaint.closed`).
        case finished
    }

    public var ticketNo: String
    public var type: TicketType
    public var category: Category?
    /// Nil for tickets registered before the register kept channels.
    public var channel: Channel?
    public var receivedAt: Date
    public var words: EventWords
    /// Whether the ticket itself is counted at all: not a consultation solved at once or about accounts, bills or
    /// procedures (R2, R3d). Repairs and praise never are, whatever this says.
    public var countsForRepeats: Bool
    /// Which of the new ticket's identifiers found it (R2).
    public var sameCustomer: RepeatEvidence.SameCustomer
    /// When a deadline or a commitment of it was first missed (its due time); nil: never, as far as intake heard.
    public var overdueSince: Date?
    /// When it was closed; nil: not closed.
    public var finishedAt: Date?
    /// When an upheld appeal found its demand malicious or unreasonable (R7, R3a); nil: never.
    public var maliciousSince: Date?

    public init(
        ticketNo: String, type: TicketType, category: Category?, channel: Channel?, receivedAt: Date, words: EventWords,
        countsForRepeats: Bool, sameCustomer: RepeatEvidence.SameCustomer, overdueSince: Date?, finishedAt: Date?,
        maliciousSince: Date?
    ) {
        self.ticketNo = ticketNo
        self.type = type
        self.category = category
        self.channel = channel
        self.receivedAt = receivedAt
        self.words = words
        self.countsForRepeats = countsForRepeats
        self.sameCustomer = sameCustomer
        self.overdueSince = overdueSince
        self.finishedAt = finishedAt
        self.maliciousSince = maliciousSince
    }

    /// Where it stood at `moment`, and since when (nil while open). Found malicious outweighs finished, finished
    /// outweighs overdue.
    public func standing(at moment: Date) -> (state: RepeatEvidence.EarlierState, since: Date?) {
        if let since = maliciousSince, since <= moment { return (.malicious, since) }
        if let since = finishedAt, since <= moment { return (.finished, since) }
        if let since = overdueSince, since <= moment { return (.overdue, since) }
        return (.open, nil)
    }
}
