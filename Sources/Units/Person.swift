/// Someone who acts for a unit: who a ticket is assigned to inside it (issue 12, item 5).
public struct Person: Codable, Sendable, Equatable, Hashable {
    /// Unique in the directory, e.g. `mc-01`; loads are counted by it.
    public var id: String
    /// The person's name, e.g. 刘建国; ties in load go by it.
    public var name: String
    /// What the person does for the unit.
    public var role: Role
    /// The title shown to people, e.g. 供电所长; the role's name when absent.
    public var title: String?

    /// Creates a person.
    public init(id: String, name: String, role: Role, title: String? = nil) {
        self.id = id
        self.name = name
        self.role = role
        self.title = title
    }

    /// Title and name, the way the contract's `Owner.person` and an assignment name a person: 供电所长 刘建国.
    public var label: String { "\(title ?? role.rawValue) \(name)" }
}
