import Contracts

/// What intake made of a submitted ticket (H1): whether it can be a ticket at all, the ticket as it is registered
/// and published, what could not be read or was corrected, the customer's keys for repeat demands (R2) and the first
/// owner (P1).
public struct TicketReview: Sendable {
    /// Why the message cannot be a ticket; empty when it is registered.
    public var refusals: [String]
    /// The ticket as intake registers and publishes it: the phone normalised, blank fields, an unreadable area, a
    /// category that does not fit the type and an unknown accepting unit left out; the text whole.
    public var ticket: TicketSubmitted
    /// Each field intake could not read or corrected, in the contract's order of fields.
    public var problems: [DataProblem]
    /// The account as the register matches it; nil when absent or unreadable.
    public var account: AccountNumber?
    /// The phone as the register matches it; nil when absent or unreadable.
    public var phone: PhoneNumber?
    /// Who owns the ticket until it is solved.
    public var firstOwner: Owner
}
