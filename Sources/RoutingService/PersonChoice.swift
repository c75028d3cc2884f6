import Units
extension UnitDirectory {
    /// The person who gets the work at `placement` (issue 12, item 5): the fewest open tickets among the unit's people
    /// in the role, ties by name in Unicode scalar order, then by id, so the choice never depends on file order.
    /// Nil only for a placement the checked directory cannot have.
    public func person(for placement: Placement, openTickets: (Person) -> Int) -> Person? {
        unit(placement.unit)?.people(in: placement.role).min { first, second in
            let (a, b) = (openTickets(first), openTickets(second))
            if a != b { return a < b }
            if first.name != second.name { return Self.scalarOrder(first.name, second.name) }
            return Self.scalarOrder(first.id, second.id)
        }
    }

    /// Whether `a` sorts before `b` by Unicode scalar values, one scalar at a time: plain and the same everywhere,
    /// unlike a locale's collation of Chinese names.
    static func scalarOrder(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) { $0.value < $1.value }
    }
}
