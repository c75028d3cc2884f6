import Foundation
import GRDB
import ServiceStore
import Synchronization

/// The events a batch publishes, kept in order until the batch's handlers are done, so that encoding each event and
/// validating it against its schema (the largest part of publishing) runs on every core at once instead of one
/// event after another inside the transaction. The rows are then written in the order they were published, before
/// the transaction commits: an invalid event still never commits.
///
/// Not `Sendable`: it lives inside one transaction on one thread.
final class PendingOutbox {
    private enum Item {
        /// Already encoded (dead letters).
        case ready(OutboxEntry)
        /// Encoded and validated when the batch's handlers are done.
        case deferred(@Sendable () throws -> OutboxEntry)
    }

    /// An event that broke its schema once encoded: the batch is applied again publishing one event at a time, so
    /// the runner can dead-letter the message that caused it, as it would have without deferring.
    struct EncodingFailed: Error {
        let error: any Error
    }

    private var items: [Item] = []

    /// Where one message's events start, to drop them if the message is refused.
    var mark: Int { items.count }

    func append(_ entry: OutboxEntry) { items.append(.ready(entry)) }

    func encodeLater(_ encode: @escaping @Sendable () throws -> OutboxEntry) { items.append(.deferred(encode)) }

    /// Forgets the events published after `mark`: their message was rolled back to its savepoint.
    func discard(from mark: Int) { items.removeSubrange(mark...) }

    /// Encodes the deferred events on every core, then writes every row in publishing order; returns the rows
    /// written, with their sequences.
    func write(in db: Database) throws -> [OutboxEntry] {
        let encodes = items.compactMap { item -> (@Sendable () throws -> OutboxEntry)? in
            if case .deferred(let encode) = item { return encode }
            return nil
        }
        let chunks = WorkChunks.ranges(of: encodes.count, minimum: 32)
        let encodedChunks = Mutex<[Int: [Result<OutboxEntry, any Error>]]>([:])
        DispatchQueue.concurrentPerform(iterations: chunks.count) { chunk in
            let results = encodes[chunks[chunk]].map { encode in Result { try encode() } }
            encodedChunks.withLock { $0[chunk] = results }
        }
        // In publishing order: chunk by chunk, each in its own order.
        var encoded = encodedChunks.withLock { all in chunks.indices.flatMap { all[$0] ?? [] } }.makeIterator()
        var written: [OutboxEntry] = []
        written.reserveCapacity(items.count)
        for item in items {
            var entry: OutboxEntry
            switch item {
            case .ready(let ready):
                entry = ready
            case .deferred:
                guard let result = encoded.next() else { preconditionFailure("every deferred event is encoded once") }
                do { entry = try result.get() } catch { throw EncodingFailed(error: error) }
            }
            entry.sequence = try Outbox.append(entry, in: db)
            written.append(entry)
        }
        items.removeAll()
        return written
    }
}
