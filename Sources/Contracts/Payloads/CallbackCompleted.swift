/// `callback.completed`: a customer representative called the customer back (C1–C3).
public struct CallbackCompleted: TicketEventPayload {
    /// `callback.completed`.
    public static let messageType = MessageType.callbackCompleted

    /// The ticket.
    public var ticketNo: String
    /// The representative, role and name.
    public var by: String
    /// Satisfied, unsatisfied or unreachable.
    public var outcome: CallbackOutcome
    /// Phone, letter or visit.
    public var method: ContactMethod
    /// Free text.
    public var note: String?

    /// Creates the payload.
    /// R4: the customer says the reported work was not done (虚假工单).
    public var falseResolution: Bool?

    public init(
        ticketNo: String, by: String, outcome: CallbackOutcome, method: ContactMethod, note: String? = nil,
        falseResolution: Bool? = nil
    ) {
        self.falseResolution = falseResolution
        self.ticketNo = ticketNo
        self.by = by
        self.outcome = outcome
        self.method = method
        self.note = note
    }
}
