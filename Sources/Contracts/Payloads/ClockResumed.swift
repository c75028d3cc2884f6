/// `clock.resumed`: the wait on the customer (H3) ended, so the station's clock counts again; the ticket's national
/// answer bound moves out by the time paused.
public struct ClockResumed: TicketEventPayload {
    /// `clock.resumed`.
    public static let messageType = MessageType.clockResumed

    /// The ticket.
    public var ticketNo: String
    /// The unit holding the ticket.
    public var unit: String
    /// The unit's tier.
    public var tier: Tier
    /// What ended the wait, in words.
    public var reason: String
    /// How long this pause lasted, in seconds; never negative.
    public var pausedSeconds: Int
    /// All pauses of the ticket so far, this one included, in seconds.
    public var totalPausedSeconds: Int

    /// Creates the payload.
    public init(ticketNo: String, unit: String, tier: Tier, reason: String, pausedSeconds: Int, totalPausedSeconds: Int) {
        self.ticketNo = ticketNo
        self.unit = unit
        self.tier = tier
        self.reason = reason
        self.pausedSeconds = pausedSeconds
        self.totalPausedSeconds = totalPausedSeconds
    }
}
