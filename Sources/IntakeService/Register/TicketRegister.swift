import Contracts
import Foundation
import GRDB

/// The intake's register in its SQLite database: every ticket number seen, recorded once however often the hotline
/// sends it (H1), each customer's history, and the progress other services reported. Plain functions over the
/// runner's open transaction.
enum TicketRegister {
    /// A ticket number already in the register: what it was, to tell a resend from a conflict.
    struct Known {
        var contentHash: Int64
        var mergedInto: String?
    }

    /// A row of the register. The customer's account and phone are stored in their one normal form
    /// (`AccountNumber.normalized`, `PhoneNumber.matchingKey`), which is what `history` looks them up by (R2).
    struct Entry {
        var ticketNo: String
        var contentHash: Int64
        var account: AccountNumber?
        var phone: PhoneNumber?
        var type: TicketType
        var category: Category?
        var area: String?
        var receivedAt: Date
        /// When intake registered it: a late entry is kept as long after that as any other ticket, so that the
        /// hotline resending it is still seen as a resend.
        var registeredAt: Date
        var words: EventWords
        var mergedInto: String?
    }

    private static func known(_ ticketNo: String, in db: Database) throws -> Known? {
        let row = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT content_hash, merged_into FROM intake_ticket WHERE ticket_no = ?"),
            arguments: [ticketNo])
        return row.map { Known(contentHash: $0[0], mergedInto: $0[1]) }
    }

    /// Adds a ticket; a number already in the register fails with SQLite's constraint error.
    static func insert(_ entry: Entry, in db: Database) throws {
        try insert(entry, onConflict: "", in: db)
    }

    /// Adds a ticket unless its number is already in the register, in which case nothing is written and what the
    /// register holds under that number is returned.
    static func insertIfNew(_ entry: Entry, in db: Database) throws -> Known? {
        try insert(entry, onConflict: "ON CONFLICT(ticket_no) DO NOTHING", in: db)
        return db.changesCount == 0 ? try known(entry.ticketNo, in: db) : nil
    }

    private static func insert(_ entry: Entry, onConflict clause: String, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO intake_ticket (
                ticket_no, content_hash, account, phone, type, category, area, received_at, registered_at, words, merged_into)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) \(clause)
            """
        ).execute(arguments: [
            // The area column is NOT NULL (intake-1): no area is stored as '', which no area code is, so a ticket
            // without one never counts towards a hot issue.
            entry.ticketNo, entry.contentHash, entry.account?.normalized, entry.phone?.matchingKey, entry.type.rawValue,
            entry.category?.rawValue, entry.area ?? "", entry.receivedAt.timeIntervalSince1970,
            entry.registeredAt.timeIntervalSince1970, entry.words.text, entry.mergedInto,
        ])
    }

    /// The customer's registered tickets since `start`, matched on account or phone (R2), with their progress.
    /// Two index lookups, one per key, whatever the register's size; the phone's leaves out what the account's
    /// found, so no temporary table is needed to drop duplicates.
    static func history(
        account: AccountNumber?, phone: PhoneNumber?, since start: Date, in db: Database
    ) throws -> [EarlierTicket] {
        // A cursor reads each row in place; fetching them all first would copy every row.
        let rows = try Row.fetchCursor(
            db.cachedStatement(sql: """
                SELECT t.ticket_no, t.type, t.category, t.received_at, t.words, p.overdue, p.finished_at, p.malicious
                FROM intake_ticket t LEFT JOIN intake_progress p ON p.ticket_no = t.ticket_no
                WHERE t.account = ?1 AND t.received_at >= ?3 AND t.merged_into IS NULL
                UNION ALL
                SELECT t.ticket_no, t.type, t.category, t.received_at, t.words, p.overdue, p.finished_at, p.malicious
                FROM intake_ticket t LEFT JOIN intake_progress p ON p.ticket_no = t.ticket_no
                WHERE t.phone = ?2 AND t.received_at >= ?3 AND t.merged_into IS NULL AND (?1 IS NULL OR t.account IS NOT ?1)
                """),
            arguments: [account?.normalized, phone?.matchingKey, start.timeIntervalSince1970])
        return try Array(rows.compactMap { row in
            guard let type = TicketType(rawValue: row[1]) else { return nil }
            let finished = (row[6] as Double?) != nil
            let overdue = (row[5] as Int?) == 1
            return EarlierTicket(
                ticketNo: row[0], type: type, category: (row[2] as String?).flatMap(Category.init(rawValue:)),
                receivedAt: Date(timeIntervalSince1970: row[3]), words: EventWords(stored: row[4]),
                progress: finished ? .finished : overdue ? .overdue : .open, malicious: (row[7] as Int?) == 1)
        })
    }

    /// How many registered tickets of `category` in `area` arrived since `start`, counting no further than `limit`;
    /// none without an area.
    static func count(area: String?, category: Category, since start: Date, upTo limit: Int, in db: Database) throws -> Int {
        guard let area else { return 0 }
        return try Int.fetchOne(
            db.cachedStatement(sql: """
                SELECT count(*) FROM (SELECT 1 FROM intake_ticket
                WHERE area = ? AND category = ? AND received_at >= ? AND merged_into IS NULL LIMIT ?)
                """),
            arguments: [area, category.rawValue, start.timeIntervalSince1970, limit]) ?? 0
    }

    /// A deadline or a commitment of the ticket was missed.
    static func markOverdue(_ ticketNo: String, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO intake_progress (ticket_no, overdue) VALUES (?, 1)
            ON CONFLICT(ticket_no) DO UPDATE SET overdue = 1
            """
        ).execute(arguments: [ticketNo])
    }

    /// The ticket was closed; an upheld appeal means its demand was malicious or unreasonable (R3a, R7).
    static func markFinished(_ ticketNo: String, at closedAt: Date, malicious: Bool, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO intake_progress (ticket_no, finished_at, malicious) VALUES (?1, ?2, ?3)
            ON CONFLICT(ticket_no) DO UPDATE SET finished_at = ?2, malicious = ?3
            """
        ).execute(arguments: [ticketNo, closedAt.timeIntervalSince1970, malicious])
    }

    /// Forgets up to `limit` tickets received and registered before `cutoff`, with their progress; returns how many.
    /// Repeat demands look back one month and resends arrive within the hotline topic's retention, so a cutoff older
    /// than both changes no verdict (`IntakeRules.registerRetentionDays` is checked for that at start). A late entry
    /// is kept from when it was registered, for its resends; rows from before `registered_at` have none.
    static func prune(receivedBefore cutoff: Date, limit: Int, in db: Database) throws -> Int {
        // Rows are written in arrival order, so the oldest sit at the front of the rowid order and the scan stops
        // as soon as it has `limit` of them.
        let expired = try Row.fetchAll(
            db, sql: """
                SELECT rowid, ticket_no FROM intake_ticket
                WHERE received_at < ?1 AND (registered_at IS NULL OR registered_at < ?1) LIMIT ?2
                """,
            arguments: [cutoff.timeIntervalSince1970, limit])
        for row in expired {
            try db.execute(sql: "DELETE FROM intake_progress WHERE ticket_no = ?", arguments: [row[1] as String])
            try db.execute(sql: "DELETE FROM intake_ticket WHERE rowid = ?", arguments: [row[0] as Int64])
        }
        return expired.count
    }
}
