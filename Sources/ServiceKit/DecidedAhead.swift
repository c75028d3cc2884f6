import Contracts
import Foundation

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
