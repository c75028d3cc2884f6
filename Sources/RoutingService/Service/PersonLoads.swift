import GRDB
import Synchronization

/// How many open tickets each person holds (issue 12 item 5): one more when a ticket reaches them, one fewer when
/// it leaves them (transferred, escalated, closed). The store's `routing_load` is the truth; the counts read from it
/// are also kept here, because reading a role's counts for every ticket placed cost more than the rest of placing it.
///
/// What is kept always equals the store as the writer sees it: every change goes to the store and, the same way, to
/// what is kept; a transaction that rolls back, or a message whose savepoint is undone (`forgetting`), drops it all,
/// and it is read again.
final class PersonLoads: Sendable {
    private struct Kept {
        var loads: [String: Int] = [:]
        /// Whether the transaction in progress will say how it ended.
        var watching = false
    }

    private let kept = Mutex(Kept())

    /// The open tickets of each of `people` (0 for one who never had any).
    func openTickets(of people: [String], in db: Database) throws -> [String: Int] {
        watch(db)
        var missing: [String] = []
        var found = kept.withLock { kept in
            var found: [String: Int] = [:]
            for person in people {
                if let load = kept.loads[person] { found[person] = load } else { missing.append(person) }
            }
            return found
        }
        guard !missing.isEmpty else { return found }
        let stored = try Self.stored(of: missing, in: db)
        kept.withLock { kept in
            for person in missing {
                let load = stored[person] ?? 0
                kept.loads[person] = load
                found[person] = load
            }
        }
        return found
    }

    /// Adds `change` to the person's count, never below zero.
    func add(_ change: Int, to person: String, in db: Database) throws {
        watch(db)
        try db.cachedStatement(sql: """
            INSERT INTO routing_load (person, open_tickets) VALUES (?, max(?, 0))
            ON CONFLICT(person) DO UPDATE SET open_tickets = max(open_tickets + ?, 0)
            """
        ).execute(arguments: [person, change, change])
        kept.withLock { kept in
            if let load = kept.loads[person] { kept.loads[person] = max(load + change, 0) }
        }
    }

    /// Runs `work`, which changes counts in a message's savepoint: if it throws, the savepoint is undone and what is
    /// kept is dropped with it.
    func forgetting<Result>(ifFailing work: () throws -> Result) rethrows -> Result {
        do {
            return try work()
        } catch {
            forget()
            throw error
        }
    }

    private func forget() { kept.withLock { $0.loads.removeAll(keepingCapacity: true) } }

    /// Asks once per transaction to hear how it ends: a rollback undoes counts this keeps.
    private func watch(_ db: Database) {
        let start = kept.withLock { kept in
            defer { kept.watching = true }
            return !kept.watching
        }
        guard start else { return }
        db.afterNextTransaction(
            onCommit: { [self] _ in kept.withLock { $0.watching = false } },
            onRollback: { [self] _ in
                kept.withLock { kept in
                    kept.loads.removeAll(keepingCapacity: true)
                    kept.watching = false
                }
            })
    }

    /// The counts the store holds for `people`; a person without a row has none.
    private static func stored(of people: [String], in db: Database) throws -> [String: Int] {
        var load: [String: Int] = [:]
        let marks = Array(repeating: "?", count: people.count).joined(separator: ",")
        // One statement per size of role, a handful in all: cached like the others.
        // A cursor reads each row in place, where fetching them all would copy every one first.
        // Boxed as GRDB's optional values: its other initialiser maps through a key path, which costs more than the query.
        let values: [(any DatabaseValueConvertible)?] = people
        let rows = try Row.fetchCursor(
            db.cachedStatement(sql: "SELECT person, open_tickets FROM routing_load WHERE person IN (\(marks))"),
            arguments: StatementArguments(values))
        while let row = try rows.next() { load[row[0]] = row[1] }
        return load
    }
}
