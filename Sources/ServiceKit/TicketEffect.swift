import Contracts
import Foundation
import ServiceStore

/// What a service's pure decision about one ticket asks the runtime to do, inside the batch's transaction: set or
/// clear one of the ticket's named timers (`Timer`'s raw value is the step of its `DeadlineKey`), or publish an event.
public enum TicketEffect<Timer: RawRepresentable & Sendable>: Sendable where Timer.RawValue == String {
    /// Store (or move) the ticket's timer to fire at the time.
    case schedule(Timer, at: Date)
    /// Remove the ticket's timer if it is set.
    case cancel(Timer)
    /// Publish an event.
    case publish(any EventPayload)
}

extension HandlerContext {
    /// Carries out `effects` about ticket `ticketNo`, in the order decided.
    public func carryOut<Timer>(_ effects: [TicketEffect<Timer>], about ticketNo: String) throws {
        for effect in effects {
            switch effect {
            case .schedule(let timer, let time):
                try deadlines.schedule(DeadlineKey(subject: ticketNo, step: timer.rawValue), at: time)
            case .cancel(let timer):
                _ = try deadlines.cancel(DeadlineKey(subject: ticketNo, step: timer.rawValue))
            case .publish(let event):
                try publish(event)
            }
        }
    }
}
