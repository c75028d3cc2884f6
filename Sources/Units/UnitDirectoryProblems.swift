import Contracts

extension UnitDirectory {
    /// Everything that keeps the directory from routing every ticket, in words a person editing the file can act on.
    /// All of them are listed at once, so the file is fixed in one round.
    public var problems: [String] {
        duplicateIds + parentProblems + cycles + areaProblems + tierProblems + peopleProblems
    }

    private var duplicateIds: [String] {
        // Centres share the units' ids: an owner (P1) names either, and must name one.
        let unitIds = Self.repeated(units.map(\.id) + acceptingCentres.map(\.id))
            .map { "unit id \($0) is used by more than one unit" }
        let personIds = Self.repeated(units.flatMap { $0.people.map(\.id) })
            .map { "person id \($0) is used by more than one person" }
        return unitIds + personIds
    }

    /// Every unit but the leadership sits under a known unit one tier up, so an escalation always has one place to go.
    private var parentProblems: [String] {
        units.compactMap { unit in
            guard let parentId = unit.parent else {
                return unit.tier == .leadership ? nil : "unit \(unit.id) (\(unit.tier.rawValue)) has no parent"
            }
            guard let parent = self.unit(parentId) else { return "unit \(unit.id) names unknown parent \(parentId)" }
            if unit.tier == .leadership { return "unit \(unit.id) is the leadership and cannot have a parent" }
            let above = Tier.allCases[Tier.allCases.firstIndex(of: unit.tier)! + 1]
            guard parent.tier == above else {
                return "unit \(unit.id) (\(unit.tier.rawValue)) has parent \(parent.id) of tier \(parent.tier.rawValue);"
                    + " the ladder needs \(above.rawValue)"
            }
            return nil
        }
    }

    /// Each cycle of parents once, named by the units on it in the order the parents lead.
    private var cycles: [String] {
        var reported: Set<Set<String>> = []
        var found: [String] = []
        for start in units {
            var path: [String] = []
            var current: Unit? = start
            while let unit = current, !path.contains(unit.id) {
                path.append(unit.id)
                current = unit.parent.flatMap(self.unit)
            }
            guard let repeated = current, let index = path.firstIndex(of: repeated.id) else { continue }
            let cycle = Array(path[index...])
            guard reported.insert(Set(cycle)).inserted else { continue }
            found.append("units form a cycle of parents: " + (cycle + [repeated.id]).joined(separator: " → "))
        }
        return found
    }

    /// Every area has one station, so routing by area never has to choose.
    private var areaProblems: [String] {
        var claims: [String: [String]] = [:]
        var order: [String] = []
        var problems: [String] = []
        for unit in units {
            if unit.tier == .station, unit.areas.isEmpty { problems.append("station \(unit.id) serves no area") }
            if unit.tier != .station, !unit.areas.isEmpty {
                problems.append("unit \(unit.id) (\(unit.tier.rawValue)) claims areas; only stations serve areas")
            }
            for area in unit.areas {
                if claims[area] == nil { order.append(area) }
                claims[area, default: []].append(unit.id)
            }
        }
        for area in order where claims[area]!.count > 1 {
            problems.append("area \(area) is claimed by more than one unit: " + claims[area]!.joined(separator: ", "))
        }
        return problems
    }

    private var tierProblems: [String] {
        Tier.allCases.filter { tier in !units.contains { $0.tier == tier } }
            .map { "no unit has tier \($0.rawValue); the ladder has nowhere to go there" }
    }

    /// A station needs staff, a technician and a head for H2–H6; a unit above needs someone to act for it.
    private var peopleProblems: [String] {
        units.flatMap { unit -> [String] in
            var problems = unit.people.filter { !unit.allowedRoles.contains($0.role) }.map {
                "person \($0.id) of \(unit.id) has role \($0.role.rawValue), which a \(unit.tier.rawValue) unit does not have"
            }
            if unit.tier == .station {
                for role in [Role.staff, .technician, .head] where unit.people(in: role).isEmpty {
                    problems.append("station \(unit.id) has no \(role.rawValue)")
                }
            } else if unit.people.isEmpty {
                problems.append("unit \(unit.id) has nobody to act for it")
            }
            if let customers = unit.customers, customers < 0 {
                problems.append("unit \(unit.id) has a negative number of customers (\(customers))")
            }
            return problems
        }
    }

    /// The values that occur more than once, in the order of their first occurrence.
    package static func repeated(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        var reported: Set<String> = []
        return values.filter { !seen.insert($0).inserted && reported.insert($0).inserted }
    }
}
