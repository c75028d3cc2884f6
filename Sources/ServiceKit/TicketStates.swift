import Foundation
import GRDB

/// A service's state of each ticket as one encoded value a row (`StateCoding`), in a table of its own (`ticket_no`,
/// `state`, `closed_at`): read and written whole on every message about the ticket, and only the close queried, to
/// prune closed tickets. Escalation and the callback service keep their tickets this way.
public struct TicketStates<State: Codable & Sendable>: Sendable {
    /// The table's name.
    public let table: String

    public init(table: String) { self.table = table }

    /// How the table keeps its rows.
    public enum Rows: Sendable {
        /// In the b-tree of the ticket numbers (`WITHOUT ROWID`), found in one search: for states of up to about 1 kB,
        /// which a page of that tree holds whole.
        case byTicket
        /// In a rowid table beside an index of the ticket numbers, found in two searches: for larger states. In a
        /// `WITHOUT ROWID` table such a state spills into an overflow page, which every write of it replaces; the
        /// callback service's states of 1.7 kB took three times as long to read and write there.
        case byRowid
    }

    /// The table and its index on the close, for a service's migration.
    public func create(in db: Database, rows: Rows = .byTicket) throws {
        try db.execute(sql: """
            CREATE TABLE \(table) (
                ticket_no TEXT PRIMARY KEY NOT NULL,
                state BLOB NOT NULL,
                closed_at REAL
            )\(rows == .byTicket ? " WITHOUT ROWID" : "");
            CREATE INDEX \(table)_closed ON \(table) (closed_at) WHERE closed_at IS NOT NULL;
            """)
    }

    /// The table made again with its rows kept as `rows`, every state moved into it, for a service's migration.
    public func recreate(in db: Database, rows: Rows) throws {
        try db.execute(sql: "DROP INDEX \(table)_closed; ALTER TABLE \(table) RENAME TO \(table)_old")
        try create(in: db, rows: rows)
        try db.execute(sql: """
            INSERT INTO \(table) (ticket_no, state, closed_at) SELECT ticket_no, state, closed_at FROM \(table)_old;
            DROP TABLE \(table)_old;
            """)
    }

    public func find(_ ticketNo: String, in db: Database) throws -> State? {
        try stored(ticketNo, in: db).map { try decode($0, of: ticketNo) }
    }

    /// The ticket's state as stored, not decoded.
    func stored(_ ticketNo: String, in db: Database) throws -> Data? {
        try Data.fetchOne(db.cachedStatement(sql: "SELECT state FROM \(table) WHERE ticket_no = ?"), arguments: [ticketNo])
    }

    func decode(_ stored: Data, of ticketNo: String) throws -> State {
        do {
            return try StateCoding.decode(State.self, from: stored)
        } catch {
            throw DatabaseError(message: "\(table) \(ticketNo) holds a state that does not decode: \(error)")
        }
    }

    public func save(_ state: State, of ticketNo: String, closedAt: Date?, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO \(table) (ticket_no, state, closed_at) VALUES (?, ?, ?)
            ON CONFLICT(ticket_no) DO UPDATE SET state = excluded.state, closed_at = excluded.closed_at
            """
        ).execute(arguments: [ticketNo, try StateCoding.encode(state), closedAt?.timeIntervalSince1970])
    }

    /// Stores `state`, encoded, in place of `expected`, the stored state a decision was made from (nil: none);
    /// returns false, writing nothing, when the stored state is no longer that one.
    func replace(_ expected: Data?, with state: Data, of ticketNo: String, closedAt: Date?, in db: Database) throws -> Bool {
        let closed = closedAt?.timeIntervalSince1970
        if let expected {
            try db.cachedStatement(sql: "UPDATE \(table) SET state = ?, closed_at = ? WHERE ticket_no = ? AND state = ?")
                .execute(arguments: [state, closed, ticketNo, expected])
        } else {
            try db.cachedStatement(
                sql: "INSERT INTO \(table) (ticket_no, state, closed_at) VALUES (?, ?, ?) ON CONFLICT(ticket_no) DO NOTHING"
            ).execute(arguments: [ticketNo, state, closed])
        }
        return db.changesCount == 1
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
