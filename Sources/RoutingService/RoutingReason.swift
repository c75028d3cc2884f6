import Units
import Contracts
import HandlingLadder

/// Why routing placed a ticket where it did, or told a unit about it without moving it (an urge, an early warning), in
/// more detail than the contract's `AssignmentReason` has.
public enum RoutingReason: Sendable, Equatable {
    /// The unit accepted the ticket and can act on it (P1).
    case firstOwner
    /// A rule of `rules.json` matched.
    case rule(id: String, why: String)
    /// The unit serves the ticket's area.
    case area(String)
    /// The area is missing (empty) or no station serves it; the coordinator takes it, never dropped.
    case unroutableArea(String)
    /// A transfer (转办) asked for by the unit that held it.
    case transfer(from: String, why: String)
    /// A transfer back to a unit that had the ticket before: a loop, so the coordinator takes it (P1, 零推诿).
    case transferLoop(from: String, to: String)
    /// The next step of the ladder (P2), as the shared ladder names it (H5–H9, the deputy's H9d).
    case escalation(step: LadderStepID)
    /// Supervision (督办) sends it back to the responsible unit (C2).
    case supervision
    /// The customer called again (`call`, the merged ticket) about the open ticket (R3c): the holder is told, with
    /// the risk the call's words raised (R6), so the unit sees a threat of the media or a lawsuit on the ticket.
    case urge(call: String, words: String, riskFlags: [RiskFlag] = [], riskWords: [String] = [])
    /// The station head's early-warning report (预警报告, E3): the leadership is told, and `holder` keeps the ticket.
    case earlyWarning(holder: String)

    /// The reason as `complaint.assigned` carries it; `note` says the rest (which rule, which area, from where).
    public var contractReason: AssignmentReason {
        switch self {
        case .firstOwner: .firstOwner
        case .rule: .rule
        case .area: .area
        case .unroutableArea: .unroutableArea
        case .transfer: .transfer
        case .transferLoop: .transferLoop
        case .escalation: .escalation
        case .supervision: .supervision
        case .urge: .urge
        case .earlyWarning: .warning
        }
    }

    /// What the assignment's `note` says, so the unit sees why it has the ticket.
    public var note: String {
        switch self {
        case .firstOwner: "accepted by this unit, which owns it until solved (P1)"
        case .rule(let id, let why): "rule \(id): \(why)"
        case .area(let area): "the station serving area \(area)"
        case .unroutableArea(let area):
            area.isEmpty
                ? "the ticket has no area; the CSC places it"
                : "no station serves area \(area); the CSC places it"
        case .transfer(let from, let why): "transferred (转办) by \(from): \(why)"
        case .transferLoop(let from, let to):
            "\(from) asked to transfer it back to \(to), which had it before: a loop (零推诿), so the CSC coordinates it"
        case .escalation(let step): "escalated (P2) to step \(step.rawValue), rule \(step.rule.rawValue)"
        case .supervision: "supervision (督办) after an unsatisfied callback (C2)"
        case .urge(let call, let words, let flags, let riskWords):
            "the customer called again (\(call), R3c): \(words)" + (flags.isEmpty ? "" : "; risk (R6): "
                + flags.map(\.rawValue).joined(separator: ", ")
                + (riskWords.isEmpty ? "" : " (\(riskWords.joined(separator: ", ")))"))
        case .earlyWarning(let holder):
            "the station head filed an early-warning report (预警报告, E3) to the leading group; \(holder) keeps the ticket"
        }
    }
}
