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

    /// Encodes the deferred events on every core, then writes every row in publishing order.
    func write(in db: Database) throws {
        let deferred = items.enumerated().compactMap { index, item -> (Int, @Sendable () throws -> OutboxEntry)? in
            if case .deferred(let encode) = item { return (index, encode) }
            return nil
        }
        let encoded = Mutex<[Int: Result<OutboxEntry, any Error>]>([:])
        let chunks = max(1, min(ProcessInfo.processInfo.activeProcessorCount, deferred.count / 32))
        let size = (deferred.count + chunks - 1) / max(chunks, 1)
        DispatchQueue.concurrentPerform(iterations: deferred.isEmpty ? 0 : chunks) { chunk in
            let part = deferred[min(chunk * size, deferred.count)..<min((chunk + 1) * size, deferred.count)]
            let results = part.map { index, encode in (index, Result { try encode() }) }
            encoded.withLock { all in for (index, result) in results { all[index] = result } }
        }
        let results = encoded.withLock { $0 }
        for (index, item) in items.enumerated() {
            switch item {
            case .ready(let entry):
                try Outbox.append(entry, in: db)
            case .deferred:
                guard let result = results[index] else { continue }
                do { try Outbox.append(try result.get(), in: db) } catch let error as DatabaseError { throw error } catch {
                    throw EncodingFailed(error: error)
                }
            }
        }
        items.removeAll()
    }
}
