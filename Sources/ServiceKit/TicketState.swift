import Contracts
import Foundation

/// The state a service keeps of one ticket in its `TicketStates`.
public protocol TicketState: Codable, Sendable {
    var ticketNo: String { get }
    /// When the ticket closed; the table prunes closed tickets by it.
    var closedAt: Date? { get }
}

extension TicketStates where State: TicketState {
    /// One message or timer about ticket `ticketNo`: loads its state (nil when the service has none), decides with
    /// `decide`, stores the new state and carries the decision's effects out, all in the caller's transaction.
    public func apply<Rules, Timer>(
        _ ticketNo: String, in context: HandlerContext, _ decide: (State?) throws -> TicketDecision<Rules, State, Timer>
    ) throws {
        let decision = try decide(try find(ticketNo, in: context.db))
        try save(decision.ticket, of: ticketNo, closedAt: decision.ticket.closedAt, in: context.db)
        try context.carryOut(decision.effects, about: ticketNo)
    }
}

extension Rejection {
    /// A message about a ticket `service` holds no state of: it never saw the ticket registered or assigned.
    public static func unknownTicket(_ ticketNo: String, type: MessageType, service: String) -> Rejection {
        Rejection("\(type.rawValue) for ticket \(ticketNo), which \(service) has never seen registered or assigned")
    }
}

extension EventRoutes {
    /// Applies `Payload` about a ticket `states` already holds, with `rule` at the event's time. A message about a
    /// ticket `service` has never seen registered or assigned is refused with that reason.
    public func onKnownTicket<Payload: TicketEventPayload, State: TicketState, Rules, Timer>(
        _ type: Payload.Type, in states: TicketStates<State>, service: String,
        _ rule: @escaping @Sendable (Payload, Date, State) throws -> TicketDecision<Rules, State, Timer>
    ) -> EventRoutes {
        on(type) { payload, event, context in
            try states.apply(payload.ticketNo, in: context) { state in
                guard let state else { throw Rejection.unknownTicket(payload.ticketNo, type: Payload.messageType, service: service) }
                return try rule(payload, event.attributes.time, state)
            }
        }
    }
}
