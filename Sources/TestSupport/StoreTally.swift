import GRDB
import ServiceStore

/// What a run left in a service's store, for a benchmark to check that its input was applied as meant (a benchmark
/// target does not link GRDB): the events in the outbox by type, dead letters being `message.rejected`, and the rows
/// of a table.
public enum StoreTally {
    public static func published(in database: ServiceDatabase) throws -> [String: Int] {
        try database.read { db in
            var counts: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT type, count(*) FROM runtime_outbox GROUP BY type") {
                counts[row[0]] = row[1]
            }
            return counts
        }
    }

    /// The rows of `table`, a name the caller writes (never one it was given).
    public static func rows(of table: String, in database: ServiceDatabase) throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
    }
}
