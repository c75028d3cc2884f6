import Foundation

/// `callback.overdue`: no callback was recorded by the due time (C1, C3).
public struct CallbackOverdue: TicketEventPayload {
    /// `callback.overdue`.
    public static let messageType = MessageType.callbackOverdue

    /// The ticket.
    public var ticketNo: String
    /// The unit whose result is called back.
    public var unit: String
    /// When the callback was due.
    public var dueAt: Date
    /// The rule the callback follows.
    public var step: CallbackStep
    /// Which callback, from 1.
    public var attempt: Int

    /// Creates the payload.
    public init(ticketNo: String, unit: String, dueAt: Date, step: CallbackStep, attempt: Int) {
        self.ticketNo = ticketNo
        self.unit = unit
        self.dueAt = dueAt
        self.step = step
        self.attempt = attempt
    }
}
