/// What a topic's message key holds.
public enum TopicKey: String, CaseIterable, Sendable, Codable {
    /// The ticket number (the default of the contract).
    case ticketNo
    /// The customer: account number, else phone, so one customer's history stays in one partition.
    case customer
    /// The unit the event is about; scores have entries without a ticket.
    case unit
    /// The key of the original message (dead letters).
    case original
}
