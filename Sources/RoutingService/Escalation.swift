import Contracts

/// A step of the handling ladder: the unit and role that act, and the rule that sends it there.
public struct LadderStep: Sendable, Equatable {
    /// The unit and role.
    public var placement: Placement
    /// The unit's tier.
    public var tier: Tier
    /// The rule of the step (H5–H9); the deputy's step has none of its own in the seeds.
    public var rule: String?
}

extension Router {
    /// The step after `placement` (P2): inside a station staff → technician (H5) → head (H6), then up the parents:
    /// CSC (H7) → marketing (H8) → deputy → leadership (H9). Nil at the leadership: there is no step above.
    public func nextStep(after placement: Placement) -> LadderStep? {
        guard let unit = directory.unit(placement.unit) else { return nil }
        if unit.tier == .station {
            switch placement.role {
            case .staff: return LadderStep(placement: .init(unit: unit.id, role: .technician), tier: .station, rule: "H5")
            case .technician: return LadderStep(placement: .init(unit: unit.id, role: .head), tier: .station, rule: "H6")
            case .head, .officer: break
            }
        }
        guard let parent = directory.parent(of: unit) else { return nil }
        return LadderStep(
            placement: .init(unit: parent.id, role: parent.entryRole), tier: parent.tier, rule: Self.rule(for: parent.tier))
    }

    /// Re-routing on `complaint.escalated` to `tier`: the next step, which must be of that tier; past the top or out
    /// of order is refused, never looped. The owner stays (P1).
    public func escalate(_ ticket: RoutedTicket, to tier: Tier) throws(RoutingRefusal) -> Assignment {
        let from = ticket.placement
        guard let step = nextStep(after: from) else {
            throw .pastTheTop(ticketNo: ticket.ticketNo, unit: from.unit)
        }
        guard step.tier == tier else {
            throw .notTheNextStep(ticketNo: ticket.ticketNo, from: from, requested: tier, next: step.tier)
        }
        let unit = directory.unit(step.placement.unit)!
        return Assignment(
            unit: unit, role: step.placement.role, owner: ticket.owner, reason: .escalation(rule: step.rule),
            previousUnit: unit.id == from.unit ? nil : from.unit)
    }

    /// The rule that brings a ticket up to `tier`.
    static func rule(for tier: Tier) -> String? {
        switch tier {
        case .station: nil
        case .csc: "H7"
        case .marketing: "H8"
        case .deputy: nil
        case .leadership: "H9"
        }
    }
}
