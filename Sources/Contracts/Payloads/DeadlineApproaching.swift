import Foundation

/// `deadline.approaching`: an urge (催办), the unit's step is due soon.
public struct DeadlineApproaching: TicketEventPayload {
    /// `deadline.approaching`.
    public static let messageType = MessageType.deadlineApproaching

    /// The ticket.
    public var ticketNo: String
    /// The ladder step, e.g. H4.
    public var step: String
    /// When the step is due.
    public var dueAt: Date
    /// The tier the step belongs to.
    public var tier: Tier
    /// The unit urged.
    public var unit: String
    /// How many urges this step got, from 1.
    public var urge: Int

    /// Creates the payload.
    public init(ticketNo: String, step: String, dueAt: Date, tier: Tier, unit: String, urge: Int) {
        self.ticketNo = ticketNo
        self.step = step
        self.dueAt = dueAt
        self.tier = tier
        self.unit = unit
        self.urge = urge
    }
}
