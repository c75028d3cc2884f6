import Foundation
import ScoringService
import ServiceKit

/// What the rules make of a synthetic ticket's events when each is read after the one before, as the handlers apply
/// them, without Kafka or SQLite: the ticket's state and the ledger entries charged for it. The benchmark's stores
/// are filled from it.
struct ScoredLife {
    var ticket: ScoredTicket
    var entries: [LedgerEntry] = []
    /// The ticket's timers still set, with their due times.
    var timers: [ScoringTimer: Date] = [:]

    /// `ticket`'s first `count` events (all by default) through `scoring`; then, with `end`, the timers they set that
    /// fall due before it, earliest first, fired as the runtime fires them (S5's analysis window, S7's month). The
    /// matched ticket of a repeat demand is a February one, which no store of the benchmark holds: none, as the
    /// handlers would find.
    init(_ ticket: SyntheticTicket, scoring: TicketScoring, events count: Int = 5, firingBefore end: Date? = nil) {
        self.ticket = ScoredTicket(ticketNo: ticket.ticketNo)
        for event in ticket.events.prefix(count) {
            let cause = ScoringCause(id: ticket.id(of: event), at: ticket.time(of: event))
            switch event {
            case .registered:
                take(scoring.registered(RegisteredFacts(ticket.registered), cause: cause, ticket: self.ticket, earlier: nil).ticket)
            case .assigned: take(scoring.assigned(ticket.assigned, ticket: self.ticket))
            case .verified: take(scoring.verified(ticket.verified, ticket: self.ticket))
            case .closed: take(scoring.closed(ClosedFacts(ticket.closed), cause: cause, ticket: self.ticket, earlier: nil))
            case .analysis:
                guard let analysis = ticket.analysis else { continue }
                take(scoring.analysed(analysis, cause: cause, ticket: self.ticket))
            }
        }
        guard let end else { return }
        while let (timer, due) = timers.filter({ $0.value < end }).min(by: { $0.value < $1.value }) {
            timers[timer] = nil
            let cause = ScoringCause(id: "\(ticket.ticketNo)/\(timer.rawValue):\(Int(due.timeIntervalSince1970))", at: due)
            take(scoring.fire(timer, cause: cause, ticket: self.ticket))
        }
    }

    private mutating func take(_ decision: ScoringDecision) {
        ticket = decision.ticket
        entries += decision.entries
        for effect in decision.timers {
            switch effect {
            case .schedule(let timer, let due): timers[timer] = due
            case .cancel(let timer): timers[timer] = nil
            case .publish: break
            }
        }
    }
}
