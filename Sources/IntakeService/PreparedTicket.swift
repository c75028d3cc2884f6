import Contracts
import Foundation
import TicketClassification

/// What the intake works out from a ticket alone, before the batch's transaction and on every core: the problems of
/// its fields, the text
/// normalised once (the classifier, the same-event words, the result cues and the risk words all match on it), the
/// settled category, the words repeat matching compares, the phone's matching key and the content hash.
struct PreparedTicket: Sendable {
    /// Whatever is wrong with the ticket's fields; its time is checked against the batch's clock, in the transaction.
    let contentProblems: [String]
    let normalized: [Unicode.Scalar]
    let classification: ComplaintRegistered.Classification
    let words: EventWords
    /// The phone as the register matches it, when it parses.
    let phoneKey: String?
    let contentHash: Int64
    /// The earliest moment an earlier ticket of the same customer counts (R1's month).
    let windowStart: Date

    init(
        _ ticket: TicketSubmitted, validation: TicketValidation, classification decision: ClassificationDecision,
        repeats: RepeatDemandRules
    ) {
        contentProblems = validation.contentProblems(in: ticket)
        normalized = TextNormalizer.scalars(ticket.text)
        classification = decision.settle(ticket, normalized: normalized)
        words = repeats.words(normalized)
        phoneKey = ticket.customer.phone.flatMap(PhoneNumber.init)?.matchingKey
        contentHash = ContentHash.of(ticket)
        windowStart = RepeatDemandRules.windowStart(before: ticket.receivedAt)
    }
}
