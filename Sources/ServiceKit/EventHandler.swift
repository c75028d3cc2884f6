import Contracts
import Foundation
import GRDB
import ServiceStore

/// A service's domain logic as the runtime drives it: the message types it applies (`routes`), and what happens
/// when one of its deadlines falls due.
///
/// Both run inside the runtime's SQLite transaction: whatever they write to `context.db`, schedule through
/// `context.deadlines` and publish through `context.publish` commits together with the inbox record and the consumed
/// offsets, or not at all.
public protocol EventHandler: Sendable {
    /// What the handler does with each message type on its topics. A type with no decision stops the service at
    /// start (`ServiceDefinitionError`), so a new type is never ignored by accident.
    var routes: EventRoutes { get }

    /// Work on one consumed event that needs neither the database nor the batch's time (parsing, classifying,
    /// normalising text): done before the batch's transaction, on every core and beside the previous batch, and
    /// handed to the route as `context.prepared`. `payload` is what the event's route decoded. Must be a pure
    /// function of the event.
    func prepare(_ payload: any Sendable, of event: IncomingEvent) -> (any Sendable)?

    /// A deadline this service scheduled fell due. It is already removed; schedule it again to keep it. Throwing
    /// rolls its effects back; it is tried again later and parked after repeated failures, while others still fire.
    func fire(_ deadline: Deadline, in context: HandlerContext) throws
}

extension EventHandler {
    public func prepare(_ payload: any Sendable, of event: IncomingEvent) -> (any Sendable)? { nil }

    public func fire(_ deadline: Deadline, in context: HandlerContext) throws {
        throw UnexpectedDeadline(key: deadline.key)
    }
}

/// A deadline fell due in a service whose handler schedules none: a bug, reported on the deadline until parked.
public struct UnexpectedDeadline: Error, CustomStringConvertible {
    public var key: DeadlineKey
    public var description: String { "the handler has no firing for deadline \(key)" }
}

/// A business refusal of a well-formed message: it goes to the dead-letter topic with this reason.
public struct Rejection: Error, Sendable, CustomStringConvertible {
    /// What a person reading the dead letter needs to fix the message.
    public var reason: String

    public init(_ reason: String) { self.reason = reason }

    public var description: String { reason }
}
