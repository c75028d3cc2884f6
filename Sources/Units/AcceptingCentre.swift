/// A centre that accepts tickets for the bureau and forwards them (H1) without handling any: the 95598 customer
/// service centre (95598客户服务中心). It owns the tickets it accepts (P1), so it is named in the directory, but it is
/// not on the handling ladder: it has no tier and no people, routing never places work with it, escalation never
/// moves a ticket to it and scoring does not rank it. Keeping it out of `UnitDirectory.units` makes that hold for
/// every reader of the units without each one having to skip it.
public struct AcceptingCentre: Codable, Sendable, Equatable {
    /// Unique among the directory's units and centres, e.g. `hotline-95598`; the contracts name owners by it.
    public var id: String
    /// The centre's name, e.g. 95598客户服务中心.
    public var name: String

    /// Creates a centre.
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
