import Contracts
import Foundation
import GRDB
import ServiceStore

/// A message's decision about one ticket made before its batch's transaction, beside the writer: while the previous
/// batch is being applied, on every core, from the ticket's state as a read snapshot held it, with the new state and
/// the events already encoded and checked against their schemas.
///
/// Deciding, writing the state and encoding the events is most of a ticket-state service's work on a message; done
/// ahead, it leaves the transaction (which runs on one thread) to compare the stored state, write and commit. The
/// transaction uses the decision only if the ticket's stored state is still, byte for byte, the one it was made from
/// (a timer or the pruner may have changed it since); otherwise the message is decided again inside the transaction.
/// The runner does not decide ahead a message about a ticket that an earlier message of its batch, or the batch being
/// applied, is about: that one would be decided again for certain. A route decides ahead only with a pure decision
/// (`onTicket`): one that reads nothing but the message and the ticket's state, so both ways give the same result.
struct DecidedAhead: Sendable {
    /// The stored state it was decided from; nil when the service held none for the ticket.
    let from: Data?
    let outcome: Outcome

    enum Outcome: Sendable {
        /// The rules refused the message: it is dead-lettered with this reason.
        case refused(Rejection)
        /// The ticket's new state, encoded, and the decision's effects, its events encoded.
        case decided(state: Data, closedAt: Date?, effects: [ResolvedEffect<EncodedPayload>])
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
