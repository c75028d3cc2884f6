import Contracts

/// Whether two tickets of one customer are about the same event (R1).
extension RepeatDemandRules {
    /// Why two tickets are about the same event, and how similar their words are.
    struct EventMatch {
        var kind: RepeatEvidence.SameEvent
        var similarity: Double

        /// The match in words, for the verdict's reason.
        func description(of earlier: EarlierTicket) -> String {
            switch kind {
            case .category: "same category \(earlier.category?.rawValue ?? "")"
            case .type: "same type \(earlier.type.rawValue)"
            case .opinionAndComplaint: "an opinion and a complaint"
            }
        }
    }

    /// The match when the two tickets are about the same event, else nil: the same category and similar words; or,
    /// when either has no category, more similar words and the same type, or an opinion and a complaint, which is how
    /// a matter usually escalates (意见 first, then 投诉), in either order.
    func sameEvent(of ticket: NewTicket, as earlier: EarlierTicket) -> EventMatch? {
        let similarity = ticket.words.similarity(to: earlier.words)
        if let category = ticket.category, let earlierCategory = earlier.category {
            guard category == earlierCategory, similarity >= sameEvent.minimumSimilarityWithinCategory else { return nil }
            return EventMatch(kind: .category, similarity: similarity)
        }
        guard similarity >= sameEvent.minimumSimilarityWithoutCategory else { return nil }
        if ticket.type == earlier.type { return EventMatch(kind: .type, similarity: similarity) }
        let types: Set<TicketType> = [ticket.type, earlier.type]
        return types == [.opinion, .complaint] ? EventMatch(kind: .opinionAndComplaint, similarity: similarity) : nil
    }
}
