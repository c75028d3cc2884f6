import Contracts

/// What the repeat-demand rules (R1–R3) say about a new ticket, with the words and facts that decided it.
public enum RepeatDemandVerdict: Sendable, Equatable {
    /// No earlier ticket of the customer about the same event within one month (R1).
    case notRepeat
    /// Not counted at all: the ticket's type (R2, R3d), or the earlier ticket it matched (R3a, R3b); or a regulator's
    /// call about another channel's open ticket, registered on its own and linked to it (R3c).
    case excluded(rule: RuleID, matched: String?, reason: String, evidence: RepeatEvidence?)
    /// The same customer about the same event a second time within one month (R1, R2).
    case repeatDemand(matched: String, reason: String, evidence: RepeatEvidence)
    /// A call about an open ticket that is not overdue: an urge (催办) on that ticket, not a new one (R3c).
    case urge(on: String, reason: String, evidence: RepeatEvidence)

    /// The verdict as `complaint.registered` publishes it; nil for an urge, which is published as `complaint.merged`.
    public var published: ComplaintRegistered.RepeatDemand? {
        switch self {
        case .notRepeat:
            .init(verdict: .notRepeat, reason: "no earlier ticket of this customer about the same event within one month",
                  ruleIds: [.r1])
        case .excluded(let rule, let matched, let reason, let evidence):
            .init(verdict: .excluded, matchedTicketNo: matched, reason: reason, ruleIds: [rule], evidence: evidence)
        case .repeatDemand(let matched, let reason, let evidence):
            .init(verdict: .repeat, matchedTicketNo: matched, reason: reason, ruleIds: [.r1, .r2], evidence: evidence)
        case .urge:
            nil
        }
    }

    /// The open ticket an urge is merged into; nil for every other verdict.
    public var urgedTicket: String? {
        if case .urge(let ticket, _, _) = self { ticket } else { nil }
    }
}
