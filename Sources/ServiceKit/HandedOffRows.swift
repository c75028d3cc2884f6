import ServiceStore
import Synchronization

/// Outbox rows the runner committed, kept in memory for the relay, which sends them without reading them back from
/// the store: reading a batch's rows again (a closed ticket's story is 2.6 kB) cost about as much as writing them.
///
/// The store stays the truth. The relay takes rows from here only when they follow, without a gap, the last row it
/// has in flight, so every row is sent in order and none is skipped: rows committed by another path (a timer firing,
/// a batch applied one event at a time) leave a gap, and the relay then reads the store as before, as it does after a
/// start, with nothing in flight. Rows it has already read from the store are dropped here unsent.
final class HandedOffRows: Sendable {
    /// Beyond this many rows waiting (a broker that is down), the rows are dropped and read from the store later.
    static let limit = 10_000

    private let rows = Mutex<[OutboxEntry]>([])

    func add(_ committed: [OutboxEntry]) {
        guard !committed.isEmpty else { return }
        rows.withLock { rows in
            if rows.count + committed.count > Self.limit {
                rows.removeAll()
            } else {
                rows.append(contentsOf: committed)
            }
        }
    }

    /// Up to `limit` rows that follow row `sequence` without a gap, and how many are left waiting; nil when the next
    /// row is not here (nothing in flight, sequence 0, or a gap), so the store must be read.
    func take(after sequence: Int64, limit: Int) -> (rows: [OutboxEntry], waiting: Int)? {
        guard sequence > 0 else { return nil }
        return rows.withLock { rows in
            let stale = rows.prefix { $0.sequence <= sequence }.count
            rows.removeFirst(stale)
            var next = sequence + 1
            let run = rows.prefix(limit).prefix { row in
                defer { next += 1 }
                return row.sequence == next
            }
            guard !run.isEmpty else { return nil }
            rows.removeFirst(run.count)
            return (Array(run), rows.count)
        }
    }
}
