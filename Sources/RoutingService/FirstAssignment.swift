import Units
import Contracts

extension Router {
    /// The first assignment (H1, P1): the first matching rule (a 12398 complaint is the CSC's to coordinate from the
    /// start, a tariff question marketing's, whoever accepted it), else the accepting unit when it can act on the
    /// ticket, else the station of the area, else the coordinator with the reason. Every ticket gets one, and the
    /// accepting unit stays its owner whatever unit does the work.
    public func firstAssignment(_ facts: TicketFacts) -> Assignment {
        if let rule = rules.rule(for: facts), let unit = directory.unit(rule.unit) {
            return assign(unit, facts, .rule(id: rule.id, why: rule.why))
        }
        if let unit = directory.unit(facts.firstOwner.unit), canAct(unit, on: facts) {
            return assign(unit, facts, .firstOwner)
        }
        if let station = directory.station(serving: facts.area) {
            return assign(station, facts, .area(facts.area))
        }
        return assign(coordinator, facts, .unroutableArea(facts.area))
    }

    /// Whether the accepting unit can act on the ticket: any unit above the stations can; a station can unless the
    /// ticket's area is another station's, because the work belongs where the customer is (the owner stays, P1).
    func canAct(_ unit: Unit, on facts: TicketFacts) -> Bool {
        guard unit.tier == .station else { return true }
        guard let serving = directory.station(serving: facts.area) else { return true }
        return serving.id == unit.id
    }

    private func assign(_ unit: Unit, _ facts: TicketFacts, _ reason: RoutingReason) -> Assignment {
        Assignment(unit: unit, role: unit.entryRole, owner: facts.firstOwner, reason: reason)
    }
}
