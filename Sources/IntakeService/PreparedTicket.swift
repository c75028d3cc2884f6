import Contracts
import Foundation
import TicketClassification

/// What the intake works out from a ticket alone, before the batch's transaction and on every core: the problems of
/// its fields, the settled category, the ticket as the repeat-demand rules see it (its text normalised once, which the
/// classifier, the same-event words, the result cues and the risk words all match on, and its one-month window), the
/// phone's matching key and the content hash.
struct PreparedTicket: Sendable {
    /// Whatever is wrong with the ticket's fields; its time is checked against the batch's clock, in the transaction.
    let contentProblems: [String]
    let classification: ComplaintRegistered.Classification
    let repeatCheck: RepeatDemandRules.NewTicket
    /// The phone as the register matches it, when it parses.
    let phoneKey: String?
    let contentHash: Int64

    init(
        _ ticket: TicketSubmitted, validation: TicketValidation, classification decision: ClassificationDecision,
        repeats: RepeatDemandRules
    ) {
        contentProblems = validation.contentProblems(in: ticket)
        let normalized = TextNormalizer.scalars(ticket.text)
        classification = decision.settle(ticket, normalized: normalized)
        repeatCheck = .init(
            type: ticket.type, category: classification.category, normalizedText: normalized,
            words: repeats.words(normalized), receivedAt: ticket.receivedAt)
        phoneKey = ticket.customer.phone.flatMap(PhoneNumber.init)?.matchingKey
        contentHash = ContentHash.of(ticket)
    }
}
