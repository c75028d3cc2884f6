import Units
import BusinessTime
import Contracts
import Foundation
import GRDB
import HandlingLadder
import ServiceKit

/// Applies what routing consumes: a registered ticket gets its first unit (H1, P1), an urge is passed to the unit
/// holding the ticket and an early warning (E3) to the leadership, an escalation (P2), supervision (C2) or a transfer
/// (转办) moves it, and a closed ticket leaves its person. Every move and notice publishes `complaint.assigned` with
/// the role, the person and the step's deadline.
struct RoutingHandler: EventHandler {
    let router: Router
    let ladder: Ladder
    let calendar: BusinessCalendar
    /// The people's counts of open tickets, one keeper per running handler.
    let loads = PersonLoads()

    var routes: EventRoutes {
        EventRoutes()
            .on(Registration.self) { registration, _, context in try register(registration.facts, in: context) }
            .on(ComplaintMerged.self) { merged, _, context in
                try notify(merged.ticketNo, in: context) { ticket throws(RoutingRefusal) in
                    try router.urge(
                        ticket, call: merged.mergedTicketNo, words: merged.text ?? merged.reason, riskFlags: merged.riskFlags,
                        riskWords: merged.riskWords ?? [])
                }
            }
            .on(ComplaintEscalated.self) { escalated, _, context in
                // An early warning (E3) tells the leading group; the station keeps the ticket.
                guard escalated.reason != .earlyWarning else {
                    return try notify(escalated.ticketNo, in: context) { ticket throws(RoutingRefusal) in
                        try router.earlyWarning(ticket, to: escalated.toTier)
                    }
                }
                try move(escalated.ticketNo, in: context) { ticket throws(RoutingRefusal) in
                    try router.escalate(ticket, to: escalated.toTier)
                }
            }
            .on(SupervisionOpened.self) { supervision, _, context in
                try move(supervision.ticketNo, in: context) { ticket throws(RoutingRefusal) in
                    try router.supervise(ticket, unit: supervision.unit)
                }
            }
            .on(HandlingTransferRequested.self) { request, _, context in
                try move(request.ticketNo, in: context) { ticket throws(RoutingRefusal) in
                    try router.transfer(ticket, TransferRequest(request))
                }
            }
            .on(ComplaintClosed.self) { closed, _, context in try close(closed.ticketNo, in: context) }
            .ignoring(
                .deadlineApproaching, .deadlineMissed, .commitmentOverdue, .clockPaused, .clockResumed,
                because: "timing is escalation's; routing moves a ticket only when it is escalated")
            .ignoring(
                .handlingAccepted, .handlingVerified, .handlingContacted, .handlingResolved, .handlingUnresolvable,
                .warningFiled, .emergencyStarted, .emergencyLifted, .analysisSubmitted, .appealFiled, .appealDecided,
                because: "a unit's progress does not move the ticket; escalation and callback act on it")
    }

    /// The first assignment (H1, P1). A ticket routing already placed is not placed again: a registration repeated
    /// under another id changes nothing.
    private func register(_ facts: TicketFacts, in context: HandlerContext) throws {
        let assignment = router.firstAssignment(facts)
        try place(RoutedTicket(ticketNo: facts.ticketNo, first: assignment), by: assignment, .first, in: context)
    }

    /// Tells a unit about an open ticket without moving it, by the notice `decide` gives (an urge, R3c; an early
    /// warning, E3): the placement, its history and the people's load stay as they are, and the notice carries the
    /// step and due time the ticket already has. A refusal dead-letters the message.
    private func notify(
        _ ticketNo: String, in context: HandlerContext, _ decide: (RoutedTicket) throws(RoutingRefusal) -> Assignment
    ) throws {
        let record = try open(ticketNo, in: context.db)
        let notice = try decided(record.ticket, by: decide)
        let unit = try self.unit(of: notice, ticketNo: ticketNo)
        // The holder hears of it through the person who has the ticket; another unit through the person a placement
        // there would reach, whose load it does not add to.
        let person = notice.placement == record.ticket.placement
            ? record.person.flatMap { id in unit.people.first { $0.id == id } }
            : try leastLoaded(at: notice.placement, of: unit, in: context.db)
        try context.publish(ComplaintAssigned(ticketNo, notice, person: person, deadline: record.deadline))
    }

    /// Moves an open ticket by `decide`; a refusal leaves it where it was and dead-letters the message.
    private func move(
        _ ticketNo: String, in context: HandlerContext, _ decide: (RoutedTicket) throws(RoutingRefusal) -> Assignment
    ) throws {
        let record = try open(ticketNo, in: context.db)
        let assignment = try decided(record.ticket, by: decide)
        try place(record.ticket.moved(by: assignment), by: assignment, .move(from: record.person), in: context)
    }

    /// What `decide` makes of the ticket; a refusal becomes a rejection, so the message is dead-lettered with its text.
    private func decided(
        _ ticket: RoutedTicket, by decide: (RoutedTicket) throws(RoutingRefusal) -> Assignment
    ) throws -> Assignment {
        do { return try decide(ticket) } catch { throw Rejection(error.description) }
    }

    /// Stores where the ticket is now, moves the load from the person it left to the one it reaches, and publishes
    /// the assignment with the step it starts and its due time (the shared ladder, on the working-day calendar).
    private func place(_ ticket: RoutedTicket, by assignment: Assignment, _ placing: Placing, in context: HandlerContext) throws {
        // Counts changed here and then undone with the message's savepoint must not stay kept.
        try loads.forgetting {
            let unit = try self.unit(of: assignment, ticketNo: ticket.ticketNo)
            let person = try leastLoaded(at: assignment.placement, of: unit, in: context.db)
            let step = LadderStepID.started(by: assignment.role.ladderRole(in: assignment.tier))
            let deadline = try ladder.step(step).assignmentDeadline(from: context.now, calendar: calendar)
            let record = RoutingRecord(ticket: ticket, person: person?.id, deadline: deadline, closed: false)
            switch placing {
            case .first:
                // A registration repeated under another id finds its ticket placed, and changes nothing.
                guard try record.insertNew(in: context.db) else { return }
            case .move(let previous):
                try record.save(in: context.db)
                if let previous { try loads.add(-1, to: previous, in: context.db) }
            }
            if let person { try loads.add(1, to: person.id, in: context.db) }
            try context.publish(ComplaintAssigned(ticket.ticketNo, assignment, person: person, deadline: deadline))
        }
    }

    /// The unit an assignment names, which its decision took from the directory.
    private func unit(of assignment: Assignment, ticketNo: String) throws -> Units.Unit {
        guard let unit = router.directory.unit(assignment.unit) else {
            throw Rejection("ticket \(ticketNo) was sent to \(assignment.unit), which the unit directory lacks")
        }
        return unit
    }

    /// The person of the placement's role with the fewest open tickets in the store, ties by name.
    private func leastLoaded(at placement: Placement, of unit: Units.Unit, in db: Database) throws -> Person? {
        let load = try loads.openTickets(of: unit.people(in: placement.role).map(\.id), in: db)
        return router.directory.person(for: placement) { load[$0.id] ?? 0 }
    }

    /// Whether a placement is a ticket's first, or a move away from the person who had it.
    private enum Placing {
        case first
        case move(from: String?)
    }

    /// A closed ticket leaves its person; routing keeps its record for the ticket's story.
    private func close(_ ticketNo: String, in context: HandlerContext) throws {
        guard let record = try RoutingRecord.find(ticketNo, in: context.db), !record.closed else { return }
        try loads.forgetting {
            if let person = record.person { try loads.add(-1, to: person, in: context.db) }
            try RoutingRecord.close(ticketNo, at: context.now, in: context.db)
        }
    }

    /// The ticket's record; a message about a ticket routing never placed, or one already closed, is refused.
    private func open(_ ticketNo: String, in db: Database) throws -> RoutingRecord {
        guard let record = try RoutingRecord.find(ticketNo, in: db) else {
            throw Rejection("ticket \(ticketNo) is unknown to routing: it was never registered (complaint.registered)")
        }
        guard !record.closed else { throw Rejection("ticket \(ticketNo) is closed; it cannot be moved or urged") }
        return record
    }
}
