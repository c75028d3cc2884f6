import Contracts
import Foundation
import GRDB
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

extension TicketEffect {
    /// Carries out `effects` about ticket `ticketNo` in the transaction `db`, in the order decided: the timers in the
    /// deadline store (the rows `HandlerContext.deadlines` writes), each event handed to `publish`. A handler
    /// publishes through its outbox (`HandlerContext.carryOut`); a benchmark filling a store drops the events.
    public static func carryOut(
        _ effects: [Self], about ticketNo: String, in db: Database, publish: (any EventPayload) throws -> Void
    ) throws {
        try ResolvedEffect.carryOut(effects.map { $0.resolved(about: ticketNo) }, in: db, publish: publish)
    }
}

extension HandlerContext {
    /// Carries out `effects` about ticket `ticketNo`, in the order decided.
    public func carryOut<Timer>(_ effects: [TicketEffect<Timer>], about ticketNo: String) throws {
        try TicketEffect.carryOut(effects, about: ticketNo, in: db) { event in try publish(event) }
    }
}

/// An effect whose timer is named by its deadline key, with the event in the form it is published from: a payload to
/// encode in the transaction, or one encoded ahead (`DecidedAhead`).
enum ResolvedEffect<Event: Sendable>: Sendable {
    case schedule(DeadlineKey, at: Date)
    case cancel(DeadlineKey)
    case publish(Event)

    /// The same effect, its event transformed.
    func mapEvent<Other: Sendable, Failure: Error>(
        _ transform: (Event) throws(Failure) -> Other
    ) throws(Failure) -> ResolvedEffect<Other> {
        switch self {
        case .schedule(let key, let time): .schedule(key, at: time)
        case .cancel(let key): .cancel(key)
        case .publish(let event): .publish(try transform(event))
        }
    }

    /// Carries `effects` out in the transaction `db`, in the order decided, each event handed to `publish`.
    static func carryOut(_ effects: [Self], in db: Database, publish: (Event) throws -> Void) throws {
        for effect in effects {
            switch effect {
            case .schedule(let key, let time): try DeadlineStore.schedule(key, at: time, in: db)
            case .cancel(let key): try DeadlineStore.cancel(key, in: db)
            case .publish(let event): try publish(event)
            }
        }
    }
}

extension TicketEffect {
    /// This effect about ticket `ticketNo`, its timer named by its deadline key.
    func resolved(about ticketNo: String) -> ResolvedEffect<any EventPayload> {
        switch self {
        case .schedule(let timer, let time): .schedule(DeadlineKey(subject: ticketNo, step: timer.rawValue), at: time)
        case .cancel(let timer): .cancel(DeadlineKey(subject: ticketNo, step: timer.rawValue))
        case .publish(let event): .publish(event)
        }
    }
}
