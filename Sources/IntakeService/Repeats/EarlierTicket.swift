import Contracts
import Foundation

/// A ticket of the same customer registered before, as repeat-demand matching sees it.
public struct EarlierTicket: Sendable, Equatable {
    /// Where the earlier ticket stands, from what escalation and callback published about it.
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
    public var receivedAt: Date
    public var words: EventWords
    public var progress: Progress
    /// An appeal found the demand malicious or unreasonable (R7), so it never makes a repeat (R3a).
    public var malicious: Bool

    public init(
        ticketNo: String, type: TicketType, category: Category?, receivedAt: Date, words: EventWords,
        progress: Progress, malicious: Bool
    ) {
        self.ticketNo = ticketNo
        self.type = type
        self.category = category
        self.receivedAt = receivedAt
        self.words = words
        self.progress = progress
        self.malicious = malicious
    }
}
