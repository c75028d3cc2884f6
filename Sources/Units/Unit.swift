import Contracts

/// A unit of the directory: a station, the CSC, the marketing department, the deputy or the leadership.
public struct Unit: Codable, Sendable, Equatable {
    /// Unique in the directory, e.g. `st-machi`; the contracts name units by it.
    public var id: String
    /// The unit's name, e.g. 麻池供电所.
    public var name: String
    /// Its tier on the handling ladder.
    public var tier: Tier
    /// The unit one tier up that an escalation goes to; only the leadership has none.
    public var parent: String?
    /// The service-area codes a station serves; empty above the stations.
    public var areas: [String]
    /// A station's number of customers where known, for complaints per 10,000 customers in reports.
    public var customers: Int?
    /// Who acts for the unit.
    public var people: [Person]

    /// Creates a unit.
    public init(
        id: String, name: String, tier: Tier, parent: String? = nil, areas: [String] = [], customers: Int? = nil,
        people: [Person] = []
    ) {
        self.id = id
        self.name = name
        self.tier = tier
        self.parent = parent
        self.areas = areas
        self.customers = customers
        self.people = people
    }

    private enum CodingKeys: String, CodingKey { case id, name, tier, parent, areas, customers, people }

    /// Reads a unit of the reference format, where `areas`, `customers` and `people` may be absent.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        tier = try container.decode(Tier.self, forKey: .tier)
        parent = try container.decodeIfPresent(String.self, forKey: .parent)
        areas = try container.decodeIfPresent([String].self, forKey: .areas) ?? []
        customers = try container.decodeIfPresent(Int.self, forKey: .customers)
        people = try container.decodeIfPresent([Person].self, forKey: .people) ?? []
    }

    /// The people of the unit in `role`.
    public func people(in role: Role) -> [Person] { people.filter { $0.role == role } }

    /// The role that takes a ticket arriving at the unit: a station's staff; above the stations its officers, or its
    /// head where it has no officer, because the head then acts for the unit alone.
    public var entryRole: Role {
        if tier == .station { return .staff }
        return people(in: .officer).isEmpty ? .head : .officer
    }

    /// The roles a person of this unit may have: a station has staff, technicians and a head (H5, H6); the units above
    /// have officers and a head.
    public var allowedRoles: Set<Role> { tier == .station ? [.staff, .technician, .head] : [.officer, .head] }
}
