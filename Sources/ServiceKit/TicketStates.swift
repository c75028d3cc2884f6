import Foundation
import GRDB

/// A service's state of each ticket as one encoded value a row, in a table of its own (`ticket_no`, `state`,
/// `closed_at`): read and written whole on every message about the ticket, and only the close queried, to prune
/// closed tickets. Escalation and the callback service keep their tickets this way. The value is in the compact
/// binary form of `StateEncoder`, because it is decoded and encoded again on every message.
public struct TicketStates<State: Codable & Sendable>: Sendable {
    /// The table's name.
    public let table: String

    public init(table: String) { self.table = table }

    /// The table and its index on the close, for a service's migration.
    public func create(in db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE \(table) (
                ticket_no TEXT PRIMARY KEY NOT NULL,
                state BLOB NOT NULL,
                closed_at REAL
            ) WITHOUT ROWID;
            CREATE INDEX \(table)_closed ON \(table) (closed_at) WHERE closed_at IS NOT NULL;
            """)
    }

    public func find(_ ticketNo: String, in db: Database) throws -> State? {
        guard let data = try Data.fetchOne(
            db.cachedStatement(sql: "SELECT state FROM \(table) WHERE ticket_no = ?"), arguments: [ticketNo])
        else { return nil }
        do {
            // A state saved as JSON by an earlier version is still read; it is written in the binary form next time.
            return data.first == UInt8(ascii: "{")
                ? try JSONDecoder().decode(State.self, from: data) : try StateDecoder.decode(State.self, from: data)
        } catch {
            throw DatabaseError(message: "\(table) \(ticketNo) holds a state that does not decode: \(error)")
        }
    }

    public func save(_ state: State, of ticketNo: String, closedAt: Date?, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO \(table) (ticket_no, state, closed_at) VALUES (?, ?, ?)
            ON CONFLICT(ticket_no) DO UPDATE SET state = excluded.state, closed_at = excluded.closed_at
            """
        ).execute(arguments: [ticketNo, try StateEncoder.encode(state), closedAt?.timeIntervalSince1970])
    }

    /// Removes up to `limit` tickets closed before `before`; returns how many.
    public func prune(closedBefore before: Date, limit: Int, in db: Database) throws -> Int {
        try db.execute(
            sql: """
                DELETE FROM \(table) WHERE ticket_no IN (
                    SELECT ticket_no FROM \(table) WHERE closed_at IS NOT NULL AND closed_at < ? LIMIT ?)
                """,
            arguments: [before.timeIntervalSince1970, limit])
        return db.changesCount
    }

    /// Pruning for the service's definition: closed tickets kept `days` days.
    public func pruning(days: Int) -> Pruning {
        Pruning(name: "closed tickets", days: days) { before, limit, db in
            try prune(closedBefore: before, limit: limit, in: db)
        }
    }
}
