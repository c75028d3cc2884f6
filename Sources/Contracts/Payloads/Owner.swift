/// A unit and, where known, the person in it: who accepted a ticket and owns it until solved (P1).
public struct Owner: Codable, Sendable, Equatable {
    /// Unit id from the unit directory.
    public var unit: String
    /// Role and name, e.g. 供电所长 刘建国.
    public var person: String?

    /// Creates an owner.
    public init(unit: String, person: String? = nil) {
        self.unit = unit
        self.person = person
    }
}
