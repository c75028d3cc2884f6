import Foundation

/// `deadline.missed`: the unit's step passed its due time without the report that ends it; escalation follows (P2).
public struct DeadlineMissed: TicketEventPayload {
    /// `deadline.missed`.
    public static let messageType = MessageType.deadlineMissed

    /// The ticket.
    public var ticketNo: String
    /// The ladder step, e.g. H6.
    public var step: String
    /// When the step was due.
    public var dueAt: Date
    /// The tier the step belongs to.
    public var tier: Tier
    /// The unit that missed it.
    public var unit: String

    /// Creates the payload.
    public init(ticketNo: String, step: String, dueAt: Date, tier: Tier, unit: String) {
        self.ticketNo = ticketNo
        self.step = step
        self.dueAt = dueAt
        self.tier = tier
        self.unit = unit
    }
}
