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
        var channel: Channel
        /// Whether the ticket counts for repeat demands at all (R2, R3d).
        var countsForRepeats: Bool
        /// Whether its category rests on the agent or on words in the text, so it counts towards a hot issue (R6).
        var categoryGrounded: Bool
    }

    private static func known(_ ticketNo: String, in db: Database) throws -> Known? {
        let row = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT content_hash, merged_into FROM intake_ticket WHERE ticket_no = ?"),
            arguments: [ticketNo])
        return row.map { Known(contentHash: $0[0], mergedInto: $0[1]) }
    }

    /// Adds a ticket; a number already in the register fails with SQLite's constraint error.
    static func insert(_ entry: Entry, in db: Database) throws {
        try insert(entry, sql: insertSQL.plain, in: db)
    }

    /// Adds a ticket unless its number is already in the register, in which case nothing is written and what the
    /// register holds under that number is returned.
    static func insertIfNew(_ entry: Entry, in db: Database) throws -> Known? {
        try insert(entry, sql: insertSQL.ifNew, in: db)
        return db.changesCount == 0 ? try known(entry.ticketNo, in: db) : nil
    }

    /// The insert's SQL, plain and keeping a number already registered. Built once: statements are cached by their
    /// text, and one put together for each ticket was built and hashed again for each.
    private static let insertSQL: (plain: String, ifNew: String) = {
        let insert = """
            INSERT INTO intake_ticket (
                ticket_no, content_hash, account, phone, type, category, area, received_at, registered_at, words, merged_into,
                channel, repeat_counted, category_grounded)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        return (insert, insert + " ON CONFLICT(ticket_no) DO NOTHING")
    }()

    private static func insert(_ entry: Entry, sql: String, in db: Database) throws {
        try db.cachedStatement(sql: sql).execute(arguments: [
            // The area column is NOT NULL (intake-1): no area is stored as '', which no area code is, so a ticket
            // without one never counts towards a hot issue.
            entry.ticketNo, entry.contentHash, entry.account?.normalized, entry.phone?.matchingKey, entry.type.rawValue,
            entry.category?.rawValue, entry.area ?? "", entry.receivedAt.timeIntervalSince1970,
            entry.registeredAt.timeIntervalSince1970, entry.words.text, entry.mergedInto,
            entry.channel.rawValue, entry.countsForRepeats, entry.categoryGrounded,
        ])
    }

    /// The customer's registered tickets since `start`, matched on account or phone (R2), with the moments their
    /// progress changed. A phone alone finds a ticket only when one of the two has no account number: a landlord or a
    /// village electrician calling from one phone about several accounts is not one customer. Two index lookups, one
    /// per key, whatever the register's size; the phone's leaves out what the account's found, so no temporary table
    /// is needed to drop duplicates.
    static func history(
        account: AccountNumber?, phone: PhoneNumber?, since start: Date, in db: Database
    ) throws -> [EarlierTicket] {
        // A cursor reads each row in place; fetching them all first would copy every row.
        let rows = try Row.fetchCursor(
            db.cachedStatement(sql: historySQL),
            arguments: [account?.normalized, phone?.matchingKey, start.timeIntervalSince1970])
        func date(_ value: Double?) -> Date? { value.map(Date.init(timeIntervalSince1970:)) }
        return try Array(rows.compactMap { row in
            guard let type = TicketType(rawValue: row[1]), let key = RepeatEvidence.SameCustomer(rawValue: row[10]) else {
                return nil
            }
            return EarlierTicket(
                ticketNo: row[0], type: type, category: (row[2] as String?).flatMap(Category.init(rawValue:)),
                channel: (row[3] as String?).flatMap(Channel.init(rawValue:)), receivedAt: Date(timeIntervalSince1970: row[4]),
                words: EventWords(stored: row[5]), countsForRepeats: row[6], sameCustomer: key,
                overdueSince: date(row[7]), finishedAt: date(row[8]), maliciousSince: date(row[9]))
        })
    }

    /// `history`'s SQL, built once like `insertSQL`.
    private static let historySQL: String = {
        let columns = """
            t.ticket_no, t.type, t.category, t.channel, t.received_at, t.words, t.repeat_counted,
            p.overdue_at, p.finished_at, p.malicious_at
            """
        return """
            SELECT \(columns), 'account'
            FROM intake_ticket t LEFT JOIN intake_progress p ON p.ticket_no = t.ticket_no
            WHERE t.account = ?1 AND t.received_at >= ?3 AND t.merged_into IS NULL
            UNION ALL
            SELECT \(columns), 'phone'
            FROM intake_ticket t LEFT JOIN intake_progress p ON p.ticket_no = t.ticket_no
            WHERE t.phone = ?2 AND t.received_at >= ?3 AND t.merged_into IS NULL AND (?1 IS NULL OR t.account IS NULL)
            """
    }()

    /// How many registered tickets of `category` in `area` arrived since `start`, counting no further than `limit`:
    /// only those whose category is grounded (the agent's, or the model's on evidence in the words), never the
    /// model's fallback when no phrase matched (R6); none without an area. The partial index `intake_ticket_area`
    /// answers it alone.
    static func count(area: String?, category: Category, since start: Date, upTo limit: Int, in db: Database) throws -> Int {
        guard let area else { return 0 }
        return try Int.fetchOne(
            db.cachedStatement(sql: """
                SELECT count(*) FROM (SELECT 1 FROM intake_ticket
                WHERE area = ? AND category = ? AND received_at >= ? AND merged_into IS NULL AND category_grounded = 1 LIMIT ?)
                """),
            arguments: [area, category.rawValue, start.timeIntervalSince1970, limit]) ?? 0
    }

    /// What other services reported about a ticket, and the moment it became true.
    enum Progress: String {
        /// A deadline or a commitment was missed; the moment is its due time.
        case overdue = "overdue_at"
        /// The ticket was closed.
        case finished = "finished_at"
        /// An upheld appeal found the demand malicious or unreasonable (R3a, R7).
        case malicious = "malicious_at"
    }

    /// Records that `ticketNo` became `progress` at `moment`. The earliest report stands: a redelivered or later
    /// one (another missed step, a second close) does not move the moment, and nothing is ever unmarked, whatever
    /// order the reports arrive in from their topics.
    static func mark(_ ticketNo: String, _ progress: Progress, at moment: Date, in db: Database) throws {
        let column = progress.rawValue
        try db.cachedStatement(sql: """
            INSERT INTO intake_progress (ticket_no, \(column)) VALUES (?1, ?2)
            ON CONFLICT(ticket_no) DO UPDATE SET \(column) = min(coalesce(\(column), ?2), ?2)
            """
        ).execute(arguments: [ticketNo, moment.timeIntervalSince1970])
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
