import Contracts
import TicketClassification

/// Settles a ticket's category: the agent's when given (the model only flags a disagreement), else the model's.
struct ClassificationDecision: Sendable {
    let classifier: Classifier

    /// `normalized` is the ticket's text after `TextNormalizer.scalars`.
    func settle(_ ticket: TicketSubmitted, normalized: [Unicode.Scalar]) -> ComplaintRegistered.Classification {
        // Only complaints and reports have categories; an agent's note on another type is kept as it is.
        guard let guess = classifier.classify(normalized: normalized, as: ticket.type) else {
            return .init(category: ticket.category, confidence: 1, source: .agent, disagreement: false)
        }
        guard let given = ticket.category else {
            return .init(category: guess.category, confidence: rounded(guess.confidence), source: .model, disagreement: false)
        }
        let evidence = guess.ranking.reduce(0) { $0 + max(0, $1.score) }
        // Without any evidence in the words nothing speaks against the agent.
        guard evidence > 0, let best = guess.ranking.first else {
            return .init(category: given, confidence: 1, source: .agent, disagreement: false)
        }
        let givenScore = max(0, guess.ranking.first { $0.category == given }?.score ?? 0)
        // A tie is no disagreement: the words point elsewhere only when another category scores higher.
        let disagrees = best.score > givenScore
        return .init(
            category: given, confidence: rounded(givenScore / evidence), source: .agent, disagreement: disagrees,
            alternative: disagrees ? best.category : nil)
    }

    /// Three decimals are all a reader can use, and they keep the published event short.
    private func rounded(_ confidence: Double) -> Double { (confidence * 1_000).rounded() / 1_000 }
}
