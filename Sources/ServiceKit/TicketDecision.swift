import Contracts
import Foundation

/// A service's decision in progress about one ticket: the rules deciding, the ticket's new state, and the effects in
/// the order they were decided. The handler stores the state and carries the effects out in one transaction
/// (`HandlerContext.carryOut`); tests read them directly.
public struct TicketDecision<Rules: Sendable, State: Sendable, Timer: RawRepresentable & Sendable>: Sendable
where Timer.RawValue == String {
    public let rules: Rules
    public var ticket: State
    public private(set) var effects: [TicketEffect<Timer>] = []

    public init(rules: Rules, ticket: State) {
        self.rules = rules
        self.ticket = ticket
    }

    /// The events, in publishing order.
    public var published: [any EventPayload] {
        effects.compactMap { if case .publish(let event) = $0 { event } else { nil } }
    }

    public mutating func publish(_ event: some EventPayload) { effects.append(.publish(event)) }
    public mutating func schedule(_ timer: Timer, at time: Date) { effects.append(.schedule(timer, at: time)) }
    public mutating func cancel(_ timer: Timer) { effects.append(.cancel(timer)) }
}
