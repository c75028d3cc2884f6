import Units
import Contracts
import HandlingLadder

/// The next step of the ladder for a ticket where it is now: where the work goes and which step it starts there.
public struct EscalationStep: Sendable, Equatable {
    /// The unit and role.
    public var placement: Placement
    /// The unit's tier.
    public var tier: Tier
    /// The step the new placement starts (H5, H6, H7, H8, H9d, H9); its rule is `step.rule`.
    public var step: LadderStepID
}

extension Router {
    /// The step after `placement` (P2). The order is the shared ladder's (`LadderRole.above`: inside a station staff →
    /// technician (H5) → head (H6), then CSC (H7) → marketing (H8) → deputy → leadership (H9)); above the station the
    /// work goes to the unit's parent, which the directory check makes the next tier up. Nil at the leadership.
    public func nextStep(after placement: Placement) -> EscalationStep? {
        guard let unit = directory.unit(placement.unit), let above = placement.role.ladderRole(in: unit.tier).above else {
            return nil
        }
        let step = LadderStepID.started(by: above)
        if above.tier == .station, let role = Role(above) {
            return EscalationStep(placement: .init(unit: unit.id, role: role), tier: .station, step: step)
        }
        guard let parent = directory.parent(of: unit), parent.tier == above.tier else { return nil }
        return EscalationStep(placement: .init(unit: parent.id, role: parent.entryRole), tier: parent.tier, step: step)
    }

    /// Re-routing on `complaint.escalated` to `tier`: the next step, which must be of that tier; past the top or out
    /// of order is refused, never looped. The owner stays (P1).
    public func escalate(_ ticket: RoutedTicket, to tier: Tier) throws(RoutingRefusal) -> Assignment {
        let from = ticket.placement
        guard let next = nextStep(after: from) else {
            throw .pastTheTop(ticketNo: ticket.ticketNo, unit: from.unit)
        }
        guard next.tier == tier else {
            throw .notTheNextStep(ticketNo: ticket.ticketNo, from: from, requested: tier, next: next.tier)
        }
        let unit = directory.unit(next.placement.unit)!
        return Assignment(
            unit: unit, role: next.placement.role, owner: ticket.owner, reason: .escalation(step: next.step),
            previousUnit: unit.id == from.unit ? nil : from.unit)
    }
}

extension Role {
    /// Who acts, in the shared ladder's terms: inside a station the role itself; above it, the unit's tier.
    func ladderRole(in tier: Tier) -> LadderRole {
        switch tier {
        case .station:
            switch self {
            case .staff: .staff
            case .technician: .technician
            case .head, .officer: .head
            }
        case .csc: .csc
        case .marketing: .marketing
        case .deputy: .deputy
        case .leadership: .leadership
        }
    }

    /// The station role a ladder role names; nil for the roles of the units above.
    init?(_ role: LadderRole) {
        switch role {
        case .staff: self = .staff
        case .technician: self = .technician
        case .head: self = .head
        case .csc, .marketing, .deputy, .leadership, .customerRepresentative: return nil
        }
    }
}
