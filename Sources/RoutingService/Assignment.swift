import Units
import Contracts

/// A routing decision: the unit and role that act next, the owner who stays accountable (P1), and why.
public struct Assignment: Sendable, Equatable {
    /// The unit that handles the ticket now.
    public var unit: String
    /// That unit's tier.
    public var tier: Tier
    /// The role inside the unit the step needs.
    public var role: Role
    /// The first-question owner, carried unchanged on every assignment (P1).
    public var owner: Owner
    /// Why this unit.
    public var reason: RoutingReason
    /// The unit that had the work before, on a transfer, escalation or supervision elsewhere.
    public var previousUnit: String?

    /// Creates an assignment.
    public init(unit: Unit, role: Role, owner: Owner, reason: RoutingReason, previousUnit: String? = nil) {
        self.unit = unit.id
        self.tier = unit.tier
        self.role = role
        self.owner = owner
        self.reason = reason
        self.previousUnit = previousUnit
    }

    /// Where the work now is.
    public var placement: Placement { Placement(unit: unit, role: role) }
}
