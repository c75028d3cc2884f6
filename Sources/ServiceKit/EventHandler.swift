import Contracts
import Foundation
import GRDB

/// A service's domain logic as the runtime drives it: apply consumed events, and fire what falls due.
///
/// Both run inside the runtime's SQLite transaction: whatever they write to `context.db` and publish through
/// `context.publish` commits together with the inbox record and the consumed offsets, or not at all.
public protocol EventHandler: Sendable {
    /// Work on one consumed event that needs neither the database nor the batch's time (parsing, classifying,
    /// normalising text): done before the batch's transaction, on every core and beside the previous batch, and
    /// handed to `apply` as `context.prepared`. Must be a pure function of the event.
    func prepare(_ event: IncomingEvent) -> (any Sendable)?

    /// Applies one event. Throw `Rejection` for a well-formed event that breaks a business rule: it goes to the
    /// dead-letter topic and its effects are rolled back. A database error rolls back the whole batch, which is
    /// retried.
    func apply(_ event: IncomingEvent, in context: HandlerContext) throws

    /// The earliest moment something stored becomes due (a deadline), if any.
    func nextDueTime(in db: Database) throws -> Date?

    /// Fires everything due at `context.now`.
    func fireDue(in context: HandlerContext) throws
}

extension EventHandler {
    public func prepare(_ event: IncomingEvent) -> (any Sendable)? { nil }
    public func nextDueTime(in db: Database) throws -> Date? { nil }
    public func fireDue(in context: HandlerContext) throws {}
}

/// A business refusal of a well-formed message: it goes to the dead-letter topic with this reason.
public struct Rejection: Error, Sendable, CustomStringConvertible {
    /// What a person reading the dead letter needs to fix the message.
    public var reason: String

    public init(_ reason: String) { self.reason = reason }

    public var description: String { reason }
}
