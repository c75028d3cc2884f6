import Contracts
import Foundation
import GRDB
import ServiceStore

/// What a handler sees during one message or one timer firing: the transaction, the time, and the outbox.
///
/// Not `Sendable`: it lives inside one transaction on one thread.
public final class HandlerContext {
    /// The open transaction; the service's own tables are written through it.
    public let db: Database
    /// The clock's time when the batch started; the same for every message of the batch.
    public let now: Date
    /// What the handler's `prepare` made of the message before the transaction; nil for due work.
    public let prepared: (any Sendable)?
    /// The message's decision made ahead of the transaction, if its route makes one (`DecidedAhead`).
    let decidedAhead: DecidedAhead?
    /// Whether that decision was carried out (true) or the message decided again (false), for the metrics.
    var decidedAheadUsed: Bool?
    private let codec: EventCodec
    /// What the published events' ids are derived from: the consumed event's id, or a deadline's key and due time.
    private let cause: String
    private var published = 0
    /// The batch's outbox when the runner defers encoding to the end of the batch; nil writes each event at once.
    private let pending: PendingOutbox?

    init(
        db: Database, now: Date, codec: EventCodec, cause: String, prepared: (any Sendable)? = nil,
        decidedAhead: DecidedAhead? = nil, pending: PendingOutbox? = nil
    ) {
        self.db = db
        self.now = now
        self.prepared = prepared
        self.decidedAhead = decidedAhead
        self.codec = codec
        self.cause = cause
        self.pending = pending
    }

    /// The service's deadlines, in this transaction.
    public var deadlines: Deadlines { Deadlines(db: db) }

    /// Writes an event to the outbox; the relay publishes it after the transaction commits.
    ///
    /// Its id is derived from the cause and its rank, so the same decision always names its events the same way.
    public func publish<Payload: EventPayload>(_ payload: Payload) throws {
        let (codec, id, now) = (codec, nextEventID(), now)
        if let pending {
            pending.encodeLater { try codec.outboxEntry(for: payload, id: id, time: now) }
        } else {
            try Outbox.append(try codec.outboxEntry(for: payload, id: id, time: now), in: db)
        }
    }

    /// Writes an event encoded ahead (`DecidedAhead`) to the outbox, named as `publish` would name it.
    func publish(encoded payload: EncodedPayload) throws {
        let entry = try codec.outboxEntry(for: payload, id: nextEventID(), time: now)
        if let pending { pending.append(entry) } else { try Outbox.append(entry, in: db) }
    }

    private func nextEventID() -> String {
        published += 1
        return "\(codec.source):\(cause):\(published)"
    }
}
