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
    /// The category rests on the agent or on words in the text, not on the model's fallback (R6's hot issues).
    let categoryGrounded: Bool
    let repeatCheck: RepeatDemandRules.NewTicket
    /// Whether the ticket counts for repeat demands at all (R2, R3d).
    let countsForRepeats: Bool
    /// The phone as the register matches it, when it parses.
    let phoneKey: String?
    let contentHash: Int64

    init(
        _ ticket: TicketSubmitted, validation: TicketValidation, classification decision: ClassificationDecision,
        repeats: RepeatDemandRules
    ) {
        contentProblems = validation.contentProblems(in: ticket)
        // Folded once, traditional characters to simplified included, for everything that matches words.
        let normalized = decision.normalizer.scalars(ticket.text)
        (classification, categoryGrounded) = decision.decide(ticket, normalized: normalized)
        repeatCheck = .init(
            type: ticket.type, category: classification.category, normalizedText: normalized,
            words: repeats.words(normalized), receivedAt: ticket.receivedAt, channel: ticket.channel,
            solvedAtOnce: ticket.solvedAtOnce)
        countsForRepeats = repeats.countsForRepeats(repeatCheck)
        phoneKey = ticket.customer.phone.flatMap(PhoneNumber.init)?.matchingKey
        contentHash = ContentHash.of(ticket)
    }
}

extension TicketRegister.Entry {
    /// The register's row for a prepared ticket; `mergedInto` is the open ticket when the call is an urge on it.
    init(_ ticket: TicketSubmitted, prepared: PreparedTicket, mergedInto: String?) {
        self.init(
            ticketNo: ticket.ticketNo, contentHash: prepared.contentHash, account: ticket.customer.account,
            phone: prepared.phoneKey, type: ticket.type, category: prepared.classification.category, area: ticket.area,
            receivedAt: ticket.receivedAt, words: prepared.repeatCheck.words, mergedInto: mergedInto,
            channel: ticket.channel, countsForRepeats: prepared.countsForRepeats, categoryGrounded: prepared.categoryGrounded)
    }
}
