import Contracts
import Foundation
import GRDB
import ServiceKit
import ServiceStore

/// Carries scoring's decisions out in the batch's transaction: the ticket's state, the difference its figures make to
/// the KPIs, its timers, and each new ledger entry written and published as `unit.scored`.
enum ScoringBook {
    /// Loads ticket `ticketNo` (a new one when scoring has none), decides with `decide` and carries the decision out.
    static func apply(
        _ ticketNo: String, in context: HandlerContext, _ decide: (ScoredTicket) throws -> ScoringDecision
    ) throws {
        let before = try scoredTickets.find(ticketNo, in: context.db)
        try carryOut(try decide(before ?? ScoredTicket(ticketNo: ticketNo)), from: before, in: context)
    }

    /// Like `apply`, for a message about a ticket scoring must already know: refused otherwise, naming `type`.
    static func applyKnown(
        _ ticketNo: String, type: MessageType, in context: HandlerContext, _ decide: (ScoredTicket) throws -> ScoringDecision
    ) throws {
        guard let before = try scoredTickets.find(ticketNo, in: context.db) else {
            throw Rejection.unknownTicket(ticketNo, type: type, service: "scoring")
        }
        try carryOut(try decide(before), from: before, in: context)
    }

    static func carryOut(_ decision: ScoringDecision, from before: ScoredTicket?, in context: HandlerContext) throws {
        let ticket = decision.ticket
        guard ticket != before else { return }
        try scoredTickets.save(ticket, of: ticket.ticketNo, closedAt: ticket.closedAt, in: context.db)
        try FigureStore.apply(from: before?.figures ?? [:], to: ticket.figures, in: context.db)
        try context.carryOut(decision.timers, about: ticket.ticketNo)
        try write(decision.entries, in: context)
    }

    /// Writes each entry the ledger does not hold yet and publishes it.
    static func write(_ entries: [LedgerEntry], in context: HandlerContext) throws {
        for entry in entries {
            if let scored = try Ledger.write(entry, in: context.db) { try context.publish(scored) }
        }
    }
}
