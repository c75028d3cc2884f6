import Foundation
import GRDB

/// Events to publish, written in the transaction that decided them and marked sent only on a delivery report.
public enum Outbox {

    /// Adds an event as the next row and returns the row's sequence. An event id already in the outbox is a
    /// programming error in the handler (ids must be unique per event), so it fails the transaction rather than
    /// publishing one of the two silently.
    @discardableResult
    public static func append(_ entry: OutboxEntry, in db: Database) throws -> Int64 {
        // Cached: this runs once per published event.
        try db.cachedStatement(sql: """
            INSERT INTO runtime_outbox (event_id, topic, key, type, created_at) VALUES (?, ?, ?, ?, ?)
            """
        ).execute(arguments: [entry.eventID, entry.topic, entry.key, entry.type, entry.createdAt.timeIntervalSince1970])
        // The payload apart, so that marking the row sent does not rewrite it (`runtime-3-outbox-payload-apart`).
        let sequence = db.lastInsertedRowID
        try db.cachedStatement(sql: "INSERT INTO runtime_outbox_payload (id, headers, value) VALUES (?, ?, ?)")
            .execute(arguments: [sequence, HeaderText.encode(entry.headers), entry.value])
        return sequence
    }

    /// The oldest unsent events written after the row `sequence`, in the order they were written (which keeps each
    /// key's events in order).
    public static func unsent(after sequence: Int64 = 0, limit: Int, in db: Database) throws -> [OutboxEntry] {
        try entries(where: "o.sent_at IS NULL AND o.id > ?", arguments: [sequence], limit: limit, in: db)
    }

    /// Events already sent, written after the row `sequence`, in the order they were written (for the replay).
    public static func sent(after sequence: Int64, in db: Database) throws -> [OutboxEntry] {
        try entries(where: "o.sent_at IS NOT NULL AND o.id > ?", arguments: [sequence], limit: -1, in: db)
    }

    private static func entries(
        where condition: String, arguments: StatementArguments, limit: Int, in db: Database
    ) throws -> [OutboxEntry] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT o.id, o.event_id, o.topic, o.key, o.type, p.headers, p.value, o.created_at
                FROM runtime_outbox o JOIN runtime_outbox_payload p ON p.id = o.id
                WHERE \(condition) ORDER BY o.id LIMIT ?
                """,
            arguments: arguments + [limit]
        ).map { row in
            // By position: this runs once per published event, and a name lookup per column costs more than the copy.
            let headers: String = row[5]
            return OutboxEntry(
                sequence: row[0], eventID: row[1], topic: row[2], key: row[3], type: row[4],
                headers: HeaderText.decode(headers), value: row[6], createdAt: Date(timeIntervalSince1970: row[7]))
        }
    }

    /// Marks as sent the unsent rows whose ids lie in each of `runs`: one statement per run of rows the broker
    /// stored, not one per row. A run comes from one read of `unsent`, whose rows are consecutive among the unsent
    /// ones; ids are never reused, so no row outside that read can be unsent inside its range.
    public static func markSent(_ runs: [ClosedRange<Int64>], at time: Date, in db: Database) throws {
        let statement = try db.cachedStatement(
            sql: "UPDATE runtime_outbox SET sent_at = ? WHERE id BETWEEN ? AND ? AND sent_at IS NULL")
        for run in runs {
            try statement.execute(arguments: [time.timeIntervalSince1970, run.lowerBound, run.upperBound])
        }
    }

    /// How many events wait to be sent.
    public static func backlog(in db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM runtime_outbox WHERE sent_at IS NULL") ?? 0
    }

    /// Deletes up to `limit` events sent before `cutoff`, their payloads with them (a trigger deletes those); unsent
    /// ones are never deleted.
    @discardableResult
    public static func prune(sentBefore cutoff: Date, limit: Int = -1, in db: Database) throws -> Int {
        try db.execute(
            sql: """
                DELETE FROM runtime_outbox WHERE id IN
                    (SELECT id FROM runtime_outbox WHERE sent_at IS NOT NULL AND sent_at < ? LIMIT ?)
                """,
            arguments: [cutoff.timeIntervalSince1970, limit])
        return db.changesCount
    }
}
