import Contracts

/// Which tickets are counted as repeat demands at all (R2, R3d), whatever the customer called about before.
extension RepeatDemandRules {
    /// Types never counted, new or earlier: fault repair and praise (R2). Consultations are counted unless they are
    /// excluded one by one (`exclusion(of:)`).
    public static func isCounted(_ type: TicketType) -> Bool {
        switch type {
        case .repair, .praise: false
        case .complaint, .report, .opinion, .consultation: true
        }
    }

    /// Whether `ticket` is counted at all; the register keeps the answer, so an earlier ticket that was not counted
    /// never makes a later one a repeat.
    public func countsForRepeats(_ ticket: NewTicket) -> Bool { exclusion(of: ticket) == nil }

    /// The verdict on a ticket that its own kind keeps out of the counts, else nil: repairs and praise (R2); a
    /// consultation the hotline says it solved at once (R2, `solvedAtOnce`); a consultation whose words are about
    /// account numbers, consumption, bills or procedures (R3d, `routineConsultationCues`). Any other consultation is
    /// counted: the seed leaves out only those two kinds.
    func exclusion(of ticket: NewTicket) -> RepeatDemandVerdict? {
        switch ticket.type {
        case .repair, .praise:
            return .excluded(rule: .r2, matched: nil, reason: "\(ticket.type.rawValue) tickets are not counted as repeat demands",
                             evidence: nil)
        case .consultation:
            if ticket.solvedAtOnce == true {
                return .excluded(rule: .r2, matched: nil, reason: "a consultation solved at once is not counted as a repeat demand",
                                 evidence: RepeatEvidence(solvedAtOnce: true))
            }
            let cues = routineConsultationCues.found(in: ticket.normalizedText).map { routineConsultationCues.phrases[$0] }
            guard !cues.isEmpty else { return nil }
            return .excluded(
                rule: .r3d, matched: nil,
                reason: "a consultation about account numbers, consumption, bills or procedures "
                    + "(\(cues.joined(separator: ", "))) is not counted as a repeat demand",
                evidence: RepeatEvidence(cues: cues))
        case .complaint, .report, .opinion:
            return nil
        }
    }
}
