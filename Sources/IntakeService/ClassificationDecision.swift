import Contracts
import TicketClassification

/// Settles a ticket's category: the agent's when given (the model only flags a disagreement), else the model's.
struct ClassificationDecision: Sendable {
    let classifier: Classifier

    /// The intake's one normaliser (with its conversion table), which the classifier was built with: the ticket's
    /// text is folded once with it, and the risk words and the repeat-demand phrases were folded with it too.
    var normalizer: TextNormalizer { classifier.normalizer }

    /// `normalized` is the ticket's text after `normalizer.scalars`.
    func settle(_ ticket: TicketSubmitted, normalized: [Unicode.Scalar]) -> ComplaintRegistered.Classification {
        decide(ticket, normalized: normalized).classification
    }

    /// The category and whether it is grounded: it rests on the agent's word or on evidence in the text, not on the
    /// model's fallback when no phrase matched. Only grounded categories make a hot issue (R6).
    func decide(_ ticket: TicketSubmitted, normalized: [Unicode.Scalar])
        -> (classification: ComplaintRegistered.Classification, grounded: Bool) {
        // Only complaints and reports have categories; an agent's note on another type is kept as it is.
        guard let guess = classifier.classify(normalized: normalized, as: ticket.type) else {
            return (.init(category: ticket.category, confidence: 1, source: .agent, disagreement: false), ticket.category != nil)
        }
        guard let given = ticket.category else {
            return (.init(category: guess.category, confidence: rounded(guess.confidence), source: .model, disagreement: false),
                    !guess.isFallback)
        }
        let evidence = guess.ranking.reduce(0) { $0 + max(0, $1.score) }
        // Without any evidence in the words nothing speaks against the agent.
        guard evidence > 0, let best = guess.ranking.first else {
            return (.init(category: given, confidence: 1, source: .agent, disagreement: false), true)
        }
        let givenScore = max(0, guess.ranking.first { $0.category == given }?.score ?? 0)
        // A tie is no disagreement: the words point elsewhere only when another category scores higher.
        let disagrees = best.score > givenScore
        return (.init(
            category: given, confidence: rounded(givenScore / evidence), source: .agent, disagreement: disagrees,
            alternative: disagrees ? best.category : nil), true)
    }

    /// Three decimals are all a reader can use, and they keep the published event short.
    private func rounded(_ confidence: Double) -> Double { (confidence * 1_000).rounded() / 1_000 }
}
