import Units
import Contracts
import ServiceKit

/// The routing decisions on a checked directory and rules: plain functions of their inputs, no I/O and no clock.
public struct Router: Sendable {
    /// The units and their people.
    public var directory: UnitDirectory
    /// The rules and the coordinator.
    public var rules: RoutingRules

    /// Creates a router; both are expected to have passed their checks at load.
    public init(directory: UnitDirectory, rules: RoutingRules) {
        self.directory = directory
        self.rules = rules
    }

    /// The coordinating CSC; the rules' check guarantees it is in the directory.
    var coordinator: Unit { directory.unit(rules.coordinator)! }

    /// The unit, or a refusal naming it for `ticketNo`. An accepting centre (the 95598 centre) is no unit: work is
    /// never placed with it.
    func known(_ id: String, ticketNo: String) throws(RoutingRefusal) -> Unit {
        guard let unit = directory.unit(id) else {
            if directory.acceptingCentre(id) != nil { throw .acceptingCentre(ticketNo: ticketNo, unit: id) }
            throw .unknownUnit(ticketNo: ticketNo, unit: id)
        }
        return unit
    }
}

extension Router {
    /// Reads the directory (`unitsFile` of `data`) and the rules (from `rulesData`, else `data`: the routing data
    /// folder); each file is refused with every problem it has, the rules checked against the directory.
    public static func load(
        from data: ServiceData, rulesFrom rulesData: ServiceData? = nil, unitsFile: String = UnitDirectory.defaultFile
    ) throws(ServiceDataError) -> Router {
        let directory = try UnitDirectory.load(from: data, file: unitsFile)
        return Router(directory: directory, rules: try RoutingRules.load(from: rulesData ?? data, directory: directory))
    }
}
