import Contracts
import Foundation
import GRDB

/// The state a service keeps of one ticket in its `TicketStates`.
public protocol TicketState: Codable, Sendable {
    var ticketNo: String { get }
    /// When the ticket closed; the table prunes closed tickets by it.
    var closedAt: Date? { get }
}

extension TicketStates where State: TicketState {
    /// One message or timer about ticket `ticketNo`: loads its state (nil when the service has none), decides with
    /// `decide`, stores the new state and carries the decision's effects out, all in the caller's transaction.
    ///
    /// When the message was decided ahead (`DecidedAhead`) from the state stored now, that decision is carried out
    /// instead of deciding again.
    public func apply<Rules, Timer>(
        _ ticketNo: String, in context: HandlerContext, _ decide: (State?) throws -> TicketDecision<Rules, State, Timer>
    ) throws {
        switch context.decidedAhead?.outcome {
        case .decided(let state, let closedAt, let effects):
            // One statement both checks that the state is still the one decided from and writes the new one.
            context.decidedAheadUsed = try replace(context.decidedAhead?.from, with: state, of: ticketNo, closedAt: closedAt, in: context.db)
            if context.decidedAheadUsed == true {
                return try ResolvedEffect.carryOut(effects, in: context.db) { try context.publish(encoded: $0) }
            }
        case .refused(let rejection):
            context.decidedAheadUsed = try stored(ticketNo, in: context.db) == context.decidedAhead?.from
            if context.decidedAheadUsed == true { throw rejection }
        case nil:
            break
        }
        let decision = try decide(try find(ticketNo, in: context.db))
        try save(decision.ticket, of: ticketNo, closedAt: decision.ticket.closedAt, in: context.db)
        try context.carryOut(decision.effects, about: ticketNo)
    }

    /// `decide` made ahead of the transaction from the state `db` (a read snapshot) holds; nil when anything but the
    /// rules' refusal fails, so that the transaction decides again and reports the failure as it always does.
    func decideAhead<Rules, Timer>(
        _ ticketNo: String, in db: Database, codec: EventCodec,
        _ decide: (State?) throws -> TicketDecision<Rules, State, Timer>
    ) -> DecidedAhead? {
        do {
            let stored = try stored(ticketNo, in: db)
            let decision: TicketDecision<Rules, State, Timer>
            do {
                decision = try decide(try stored.map { try decode($0, of: ticketNo) })
            } catch let rejection as Rejection {
                return DecidedAhead(from: stored, outcome: .refused(rejection))
            }
            let effects = try decision.effects.map { effect in
                try effect.resolved(about: ticketNo).mapEvent { event throws(EnvelopeError) in try codec.encoded(event) }
            }
            return DecidedAhead(
                from: stored,
                outcome: .decided(
                    state: try StateCoding.encode(decision.ticket), closedAt: decision.ticket.closedAt, effects: effects))
        } catch {
            return nil
        }
    }
}

extension Rejection {
    /// A message about a ticket `service` holds no state of: it never saw the ticket registered or assigned.
    public static func unknownTicket(_ ticketNo: String, type: MessageType, service: String) -> Rejection {
        Rejection("\(type.rawValue) for ticket \(ticketNo), which \(service) has never seen registered or assigned")
    }
}

extension EventRoutes {
    /// Applies `View` to the state `states` holds of the ticket it is about (nil when none), with `decide`.
    ///
    /// `decide` must read nothing but its arguments (the payload, the event and the state): the runner then decides
    /// ahead of the batch's transaction, beside the writer (`DecidedAhead`).
    public func onTicket<View: TicketPayloadView, State: TicketState, Rules, Timer>(
        _ view: View.Type, in states: TicketStates<State>,
        _ decide: @escaping @Sendable (View, IncomingEvent, State?) throws -> TicketDecision<Rules, State, Timer>
    ) -> EventRoutes {
        on(view, aboutTicket: { $0.ticketNo }, decidingAhead: { payload, event, db, codec in
            states.decideAhead(payload.ticketNo, in: db, codec: codec) { try decide(payload, event, $0) }
        }) { payload, event, context in
            try states.apply(payload.ticketNo, in: context) { try decide(payload, event, $0) }
        }
    }

    /// Applies `Payload` about a ticket `states` already holds, with `rule` at the event's time. A message about a
    /// ticket `service` has never seen registered or assigned is refused with that reason.
    public func onKnownTicket<Payload: TicketEventPayload, State: TicketState, Rules, Timer>(
        _ type: Payload.Type, in states: TicketStates<State>, service: String,
        _ rule: @escaping @Sendable (Payload, Date, State) throws -> TicketDecision<Rules, State, Timer>
    ) -> EventRoutes {
        onTicket(type, in: states) { payload, event, state in
            guard let state else { throw Rejection.unknownTicket(payload.ticketNo, type: Payload.messageType, service: service) }
            return try rule(payload, event.attributes.time, state)
        }
    }
}
