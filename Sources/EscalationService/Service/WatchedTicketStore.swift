import Foundation
import GRDB

/// Where escalation keeps each ticket's state between messages.
enum WatchedTicketStore {
    static func find(_ ticketNo: String, in db: Database) throws -> WatchedTicket? {
        guard let data = try Data.fetchOne(
            db.cachedStatement(sql: "SELECT state FROM escalation_ticket WHERE ticket_no = ?"), arguments: [ticketNo])
        else { return nil }
        do {
            return try JSONDecoder().decode(WatchedTicket.self, from: data)
        } catch {
            throw DatabaseError(message: "escalation_ticket \(ticketNo) holds a state that does not decode: \(error)")
        }
    }

    static func save(_ ticket: WatchedTicket, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO escalation_ticket (ticket_no, state, closed_at) VALUES (?, ?, ?)
            ON CONFLICT(ticket_no) DO UPDATE SET state = excluded.state, closed_at = excluded.closed_at
            """
        ).execute(arguments: [ticket.ticketNo, try JSONEncoder().encode(ticket), ticket.closedAt?.timeIntervalSince1970])
    }

    /// Removes up to `limit` tickets closed before `before` whose analysis is no longer awaited; returns how many.
    static func prune(closedBefore before: Date, limit: Int, in db: Database) throws -> Int {
        try db.execute(
            sql: """
                DELETE FROM escalation_ticket WHERE ticket_no IN (
                    SELECT ticket_no FROM escalation_ticket WHERE closed_at IS NOT NULL AND closed_at < ? LIMIT ?)
                """,
            arguments: [before.timeIntervalSince1970, limit])
        return db.changesCount
    }
}
