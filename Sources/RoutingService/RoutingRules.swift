import Units
import ServiceKit

/// The routing rules (`rules.json`): the explicit rules in file order, then the area's station, then the coordinator.
public struct RoutingRules: Codable, Sendable, Equatable {
    /// The CSC-tier unit that takes what no rule and no area places, and every transfer loop (P1: never dropped).
    public var coordinator: String
    /// The explicit rules; the first that matches decides, before the area does.
    public var rules: [RoutingRule]

    /// Creates rules; `problems(against:)` says whether they can be used.
    public init(coordinator: String, rules: [RoutingRule]) {
        self.coordinator = coordinator
        self.rules = rules
    }

    /// The file in the routing data folder.
    public static let defaultFile = "rules.json"

    /// Reads `file` of the routing data folder and refuses it, listing every problem, unless it fits `directory`.
    public static func load(
        from data: ServiceData, file: String = defaultFile, directory: UnitDirectory
    ) throws(ServiceDataError) -> RoutingRules {
        try data.decode(RoutingRules.self, from: file) { $0.problems(against: directory) }
    }

    /// What keeps the rules from placing every ticket with `directory`, all at once.
    public func problems(against directory: UnitDirectory) -> [String] {
        var problems: [String] = []
        if let unit = directory.unit(coordinator) {
            if unit.tier != .csc {
                problems.append("coordinator \(coordinator) is of tier \(unit.tier.rawValue); it must be a CSC")
            }
        } else {
            problems.append("coordinator \(coordinator) is not a unit of the directory")
        }
        problems += UnitDirectory.repeated(rules.map(\.id)).map { "rule id \($0) is used by more than one rule" }
        for rule in rules {
            if directory.unit(rule.unit) == nil {
                problems.append("rule \(rule.id) names unknown unit \(rule.unit)")
            }
            if rule.when.isEmpty {
                problems.append("rule \(rule.id) has no condition and would take every ticket from the stations")
            }
        }
        return problems
    }

    /// The first rule that the ticket matches.
    public func rule(for facts: TicketFacts) -> RoutingRule? { rules.first { $0.when.match(facts) } }
}
