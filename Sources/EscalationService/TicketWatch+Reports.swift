import Contracts
import Foundation
import HandlingLadder

/// What the units report (`units.reports`), step by step.
extension TicketWatch {
    /// H2 done: responsibility fixed. The station's (H4): contact within 1 working day of the verification. The
    /// customer's (H3): feedback within 1 hour, and the ticket waits on the customer, its clock paused until the unit
    /// reports contact. Verification by a tier above the station records the responsibility only.
    public func verified(_ report: HandlingVerified, at time: Date, ticket: WatchedTicket) throws -> WatchDecision {
        var decision = deciding(ticket)
        try decision.requireOpen("handling.verified")
        decision.ticket.responsibility = report.responsibility
        guard ticket.holder?.tier == .station, ticket.step?.id == .h2 else { return decision }
        decision.endStep()
        let next = LadderStepID.afterVerification(report.responsibility)
        try decision.startStep(next, at: time)
        if next == .h3 {
            decision.pause(at: time, step: .h3, reason: "the customer's responsibility (H3): the ticket waits on the customer")
        }
        return decision
    }

    /// H3 or H4 done: the unit talked with the customer, and a wait on the customer ends.
    public func contacted(_ report: HandlingContacted, at time: Date, ticket: WatchedTicket) throws -> WatchDecision {
        var decision = deciding(ticket)
        try decision.requireOpen("handling.contacted")
        if let step = ticket.step?.id, step == .h3 || step == .h4 { decision.endStep() }
        decision.resume(at: time, reason: "\(report.unit) reported contact with the customer")
        return decision
    }

    /// A result: the step ends, the national bound is answered, the previous promise is kept (or replaced by this
    /// one's), and a promise made now is tracked until it is due (R5). The leadership's result starts its callback
    /// step (H10, 1 working day).
    public func resolved(_ report: HandlingResolved, at time: Date, ticket: WatchedTicket) throws -> WatchDecision {
        var decision = deciding(ticket)
        try decision.requireOpen("handling.resolved")
        decision.endStep()
        decision.resume(at: time, reason: "\(report.unit) reported a result")
        if decision.ticket.answeredAt == nil {
            decision.ticket.answeredAt = time
            decision.cancelBound()
        }
        if decision.ticket.promises.result(promising: report.commitment, by: report.unit, tier: ticket.holder?.tier ?? .station) {
            decision.cancel(.commitment)
        }
        if let promise = report.commitment { decision.schedule(.commitment, at: promise.dueAt) }
        if ticket.holder?.tier == .leadership { try decision.startStep(.h10, at: time) }
        return decision
    }

    /// The unit cannot resolve it at its tier: it moves up one step (H5–H9). The leadership has nobody above.
    public func unresolvable(_ report: HandlingUnresolvable, ticket: WatchedTicket) throws -> WatchDecision {
        var decision = deciding(ticket)
        try decision.requireOpen("handling.unresolvable")
        guard decision.moveUp(because: .unresolvable) || ticket.movingTo != nil else {
            throw WatchRefusal.atTheTop(ticket.ticketNo, unit: ticket.holder?.unit ?? report.unit)
        }
        return decision
    }

    /// A unit reports its analysis of the event (E8). The complained-about unit's report is what E8 waits for.
    public func analysed(_ report: AnalysisSubmitted, ticket: WatchedTicket) -> WatchDecision {
        var decision = deciding(ticket)
        guard report.unit == ticket.analysisUnit || ticket.analysisUnit == nil else { return decision }
        if ticket.analysis == .due { decision.cancel(.analysis) }
        decision.ticket.analysis = .submitted
        return decision
    }
}
