/// `callback.recorded`: the callback service recorded an outcome; unsatisfied moves the ticket up a tier under
/// supervision (C2).
public struct CallbackRecorded: TicketEventPayload {
    /// `callback.recorded`.
    public static let messageType = MessageType.callbackRecorded

    /// The ticket.
    public var ticketNo: String
    /// The unit whose result was called back.
    public var unit: String
    /// The unit's tier.
    public var tier: Tier
    /// Satisfied, unsatisfied or unreachable.
    public var outcome: CallbackOutcome
    /// Phone, letter or visit.
    public var method: ContactMethod
    /// The representative, role and name.
    public var by: String
    /// Which callback, from 1.
    public var attempt: Int
    /// Free text.
    public var note: String?

    /// Creates the payload.
    public init(
        ticketNo: String, unit: String, tier: Tier, outcome: CallbackOutcome, method: ContactMethod, by: String,
        attempt: Int, note: String? = nil
    ) {
        self.ticketNo = ticketNo
        self.unit = unit
        self.tier = tier
        self.outcome = outcome
        self.method = method
        self.by = by
        self.attempt = attempt
        self.note = note
    }
}
