import Units
/// Where a ticket's work is: a unit and the role inside it that must act.
public struct Placement: Sendable, Equatable, Hashable {
    /// The unit's id.
    public var unit: String
    /// The role the step needs.
    public var role: Role

    /// Creates a placement.
    public init(unit: String, role: Role) {
        self.unit = unit
        self.role = role
    }
}
