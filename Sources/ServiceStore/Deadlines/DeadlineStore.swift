import Foundation
import GRDB

/// The runtime's deadline table, shared by every service: rows keyed by ticket and step, indexed on when they next
/// fire. Every call runs inside the caller's transaction, so a deadline is scheduled or cancelled together with the
/// state change that decided it.
public enum DeadlineStore {
    /// Schedules the deadline of `key`, or moves it if it exists: a new due time starts its attempts afresh.
    public static func schedule(_ key: DeadlineKey, at dueAt: Date, note: Data? = nil, in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO runtime_deadline (subject, step, due_at, next_attempt_at, note, attempts) VALUES (?, ?, ?, ?, ?, 0)
            ON CONFLICT(subject, step) DO UPDATE SET due_at = excluded.due_at, next_attempt_at = excluded.due_at,
                note = excluded.note, attempts = 0, last_error = NULL, parked_at = NULL
            """
        ).execute(arguments: [key.subject, key.step, dueAt.timeIntervalSince1970, dueAt.timeIntervalSince1970, note])
    }

    /// Removes the deadline of `key`; returns whether there was one.
    @discardableResult
    public static func cancel(_ key: DeadlineKey, in db: Database) throws -> Bool {
        try db.cachedStatement(sql: "DELETE FROM runtime_deadline WHERE subject = ? AND step = ?")
            .execute(arguments: [key.subject, key.step])
        return db.changesCount > 0
    }

    /// Removes every deadline of a ticket (it was closed); returns how many there were.
    @discardableResult
    public static func cancelAll(subject: String, in db: Database) throws -> Int {
        try db.execute(sql: "DELETE FROM runtime_deadline WHERE subject = ?", arguments: [subject])
        return db.changesCount
    }

    /// The deadline of `key`, parked or not.
    public static func find(_ key: DeadlineKey, in db: Database) throws -> Deadline? {
        try fetch(db, where: "subject = ? AND step = ?", arguments: [key.subject, key.step], limit: 1).first
    }

    /// Every deadline of a ticket, by step.
    public static func all(subject: String, in db: Database) throws -> [Deadline] {
        try fetch(db, where: "subject = ?", arguments: [subject], order: "step", limit: -1)
    }

    /// When the next firing is due, parked deadlines aside.
    public static func nextAttempt(in db: Database) throws -> Date? {
        try Double.fetchOne(db, sql: "SELECT min(next_attempt_at) FROM runtime_deadline WHERE next_attempt_at IS NOT NULL")
            .map(Date.init(timeIntervalSince1970:))
    }

    /// Up to `limit` deadlines whose next firing is at or before `now`, oldest first (then by key, so the order
    /// never depends on how the rows were written).
    public static func due(at now: Date, limit: Int, in db: Database) throws -> [Deadline] {
        try fetch(
            db, where: "next_attempt_at IS NOT NULL AND next_attempt_at <= ?", arguments: [now.timeIntervalSince1970],
            order: "next_attempt_at, subject, step", limit: limit)
    }

    /// Records a failed firing: tried again at `retryAt`, or parked at `now` when there is no retry.
    public static func recordFailure(
        of key: DeadlineKey, error: String, at now: Date, retryAt: Date?, in db: Database
    ) throws {
        try db.execute(
            sql: """
                UPDATE runtime_deadline SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, parked_at = ?
                WHERE subject = ? AND step = ?
                """,
            arguments: [error, retryAt?.timeIntervalSince1970, retryAt == nil ? now.timeIntervalSince1970 : nil,
                        key.subject, key.step])
    }

    /// The deadlines set aside after failing too often, oldest first.
    public static func parked(in db: Database) throws -> [Deadline] {
        try fetch(db, where: "next_attempt_at IS NULL", arguments: [], order: "parked_at, subject, step", limit: -1)
    }

    /// Puts parked deadlines back to fire at once (all of them when `keys` is nil); returns how many.
    @discardableResult
    public static func retryParked(_ keys: [DeadlineKey]? = nil, in db: Database) throws -> Int {
        let retry = "UPDATE runtime_deadline SET next_attempt_at = due_at, attempts = 0, parked_at = NULL WHERE next_attempt_at IS NULL"
        guard let keys else {
            try db.execute(sql: retry)
            return db.changesCount
        }
        var count = 0
        for key in keys {
            try db.execute(sql: retry + " AND subject = ? AND step = ?", arguments: [key.subject, key.step])
            count += db.changesCount
        }
        return count
    }

    /// How many deadlines wait to fire, and how many are parked.
    public static func counts(in db: Database) throws -> (pending: Int, parked: Int) {
        let row = try Row.fetchOne(db, sql: """
            SELECT count(next_attempt_at), count(*) - count(next_attempt_at) FROM runtime_deadline
            """)
        return (row?[0] ?? 0, row?[1] ?? 0)
    }

    private static func fetch(
        _ db: Database, where condition: String, arguments: StatementArguments, order: String = "subject, step",
        limit: Int
    ) throws -> [Deadline] {
        // A cached statement: a handler may look a deadline up for every message (scoring's bureau timers do, on
        // each registration and assignment), and preparing the statement again each time cost more than the query.
        try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT subject, step, due_at, note, attempts, last_error, next_attempt_at, parked_at
                FROM runtime_deadline WHERE \(condition) ORDER BY \(order) LIMIT ?
                """),
            arguments: arguments + [limit]
        ).map { row in
            Deadline(
                key: DeadlineKey(subject: row[0], step: row[1]), dueAt: Date(timeIntervalSince1970: row[2]), note: row[3],
                attempts: row[4], lastError: row[5],
                nextAttemptAt: (row[6] as Double?).map(Date.init(timeIntervalSince1970:)),
                parkedAt: (row[7] as Double?).map(Date.init(timeIntervalSince1970:)))
        }
    }
}
