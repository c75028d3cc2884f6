import Foundation

/// `callback.due`: the customer must be called back by `dueAt` (C1, C3); a named reporter always gets one.
public struct CallbackDue: TicketEventPayload {
    /// `callback.due`.
    public static let messageType = MessageType.callbackDue

    /// The ticket.
    public var ticketNo: String
    /// The unit whose result is called back.
    public var unit: String
    /// When the callback is due: 10 minutes after the result (C1, C3).
    public var dueAt: Date
    /// The rule the callback follows.
    public var step: CallbackStep
    /// 1 for the first callback, higher after supervision (C2) sent it back.
    public var attempt: Int
    /// Whether the reporter gave their name.
    public var named: Bool

    /// Creates the payload.
    /// How this attempt is to be made: the first by phone, retries by the configured schedule (phone, then letter or
    /// visit).
    public var method: ContactMethod?

    public init(
        ticketNo: String, unit: String, dueAt: Date, step: CallbackStep, attempt: Int, named: Bool,
        method: ContactMethod? = nil
    ) {
        self.method = method
        self.ticketNo = ticketNo
        self.unit = unit
        self.dueAt = dueAt
        self.step = step
        self.attempt = attempt
        self.named = named
    }
}
