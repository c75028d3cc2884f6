import Contracts
import Foundation
import TicketClassification

/// What the intake works out from a ticket alone, before the batch's transaction and on every core: the review of its
/// fields (the ticket as registered, its data problems, the customer's keys, the first owner), the settled category,
/// the ticket as the repeat-demand rules see it (its text normalised once, which the classifier, the same-event
/// words, the result cues and the risk words all match on, and its one-month window) and the content hash.
struct PreparedTicket: Sendable {
    /// The ticket's fields reviewed; its time is checked against the batch's clock, in the transaction.
    let review: TicketReview
    let classification: ComplaintRegistered.Classification
    /// The category rests on the agent or on words in the text, not on the model's fallback (R6's hot issues).
    let categoryGrounded: Bool
    let repeatCheck: RepeatDemandRules.NewTicket
    /// Whether the ticket counts for repeat demands at all (R2, R3d).
    let countsForRepeats: Bool
    /// Of the ticket as submitted: a resend is the same submission, whatever intake corrected in it.
    let contentHash: Int64

    init(
        _ ticket: TicketSubmitted, validation: TicketValidation, classification decision: ClassificationDecision,
        repeats: RepeatDemandRules
    ) {
        review = validation.review(ticket)
        // Folded once, traditional characters to simplified included, for everything that matches words.
        let normalized = decision.normalizer.scalars(ticket.text)
        // The reviewed ticket: a category that does not fit the type is the model's to settle.
        (classification, categoryGrounded) = decision.decide(review.ticket, normalized: normalized)
        repeatCheck = .init(
            type: ticket.type, category: classification.category, normalizedText: normalized,
            words: repeats.words(normalized), receivedAt: ticket.receivedAt, channel: ticket.channel,
            solvedAtOnce: ticket.solvedAtOnce)
        countsForRepeats = repeats.countsForRepeats(repeatCheck)
        contentHash = ContentHash.of(ticket)
    }

    /// The review with its time checked at `now`, and the repeat check at the time the ticket is registered with.
    func received(at now: Date, validation: TicketValidation) -> (TicketReview, RepeatDemandRules.NewTicket) {
        let checked = validation.checkingTime(of: review, now: now)
        let receivedAt = checked.ticket.receivedAt
        guard receivedAt != repeatCheck.receivedAt else { return (checked, repeatCheck) }
        let check = repeatCheck
        return (checked, .init(
            type: check.type, category: check.category, normalizedText: check.normalizedText, words: check.words,
            receivedAt: receivedAt, channel: check.channel, solvedAtOnce: check.solvedAtOnce))
    }
}

extension TicketRegister.Entry {
    /// The register's row for a prepared ticket as reviewed and received (`review`, `check`), registered at
    /// `registeredAt`; `mergedInto` is the open ticket when the call is an urge on it.
    init(
        _ review: TicketReview, check: RepeatDemandRules.NewTicket, prepared: PreparedTicket, registeredAt: Date,
        mergedInto: String?
    ) {
        let ticket = review.ticket
        self.init(
            ticketNo: ticket.ticketNo, contentHash: prepared.contentHash, account: review.account, phone: review.phone,
            type: ticket.type, category: prepared.classification.category, area: ticket.area,
            receivedAt: ticket.receivedAt, registeredAt: registeredAt, words: check.words, mergedInto: mergedInto,
            channel: ticket.channel, countsForRepeats: prepared.countsForRepeats, categoryGrounded: prepared.categoryGrounded)
    }
}
