import Units
import Contracts

/// A transfer request (转办, `handling.transfer-requested`): the unit that holds the ticket names a unit or an area.
public struct TransferRequest: Sendable, Equatable {
    /// The unit asking.
    public var requester: String
    /// The unit to transfer to.
    public var toUnit: String?
    /// The area to transfer to.
    public var area: String?
    /// Why, in the requester's words.
    public var why: String

    /// Creates a request.
    public init(requester: String, toUnit: String? = nil, area: String? = nil, why: String) {
        self.requester = requester
        self.toUnit = toUnit
        self.area = area
        self.why = why
    }

    /// The request in a `handling.transfer-requested` event.
    public init(_ event: HandlingTransferRequested) {
        self.init(requester: event.unit, toUnit: event.toUnit, area: event.area, why: event.reason)
    }
}

extension Router {
    /// A transfer moves the work, not the ownership (P1). Back to a unit that had the ticket before (A→B→A) is a loop
    /// and goes to the coordinator, unless the coordinator itself sends it: coordinating is its job. A target that is
    /// unknown, missing, contradictory or the current holder is refused and the ticket stays.
    public func transfer(_ ticket: RoutedTicket, _ request: TransferRequest) throws(RoutingRefusal) -> Assignment {
        let holder = ticket.placement.unit
        guard request.requester == holder else {
            throw .notHolder(ticketNo: ticket.ticketNo, requester: request.requester, holder: holder)
        }
        let target = try self.target(of: request, ticketNo: ticket.ticketNo)
        guard target.id != holder else { throw .alreadyThere(ticketNo: ticket.ticketNo, unit: target.id) }
        if ticket.hadBefore(target.id), holder != coordinator.id {
            let reason = RoutingReason.transferLoop(from: holder, to: target.id)
            return Assignment(
                unit: coordinator, role: coordinator.entryRole, owner: ticket.owner, reason: reason,
                previousUnit: holder)
        }
        return Assignment(
            unit: target, role: target.entryRole, owner: ticket.owner,
            reason: .transfer(from: holder, why: request.why), previousUnit: holder)
    }

    /// The unit a request names; a unit and an area together must agree.
    private func target(of request: TransferRequest, ticketNo: String) throws(RoutingRefusal) -> Unit {
        switch (request.toUnit, request.area) {
        case (nil, nil):
            throw .noTransferTarget(ticketNo: ticketNo)
        case (let unitId?, let area):
            let unit = try known(unitId, ticketNo: ticketNo)
            if let area, !unit.areas.contains(area) {
                throw .conflictingTarget(ticketNo: ticketNo, unit: unitId, area: area)
            }
            return unit
        case (nil, let area?):
            guard let station = directory.station(serving: area) else {
                throw .unknownArea(ticketNo: ticketNo, area: area)
            }
            return station
        }
    }
}
