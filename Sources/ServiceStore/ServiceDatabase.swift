import Foundation
import GRDB
import Logging

/// One service's own SQLite database: WAL, a busy timeout, the runtime's tables and the service's migrations.
///
/// A `DatabasePool` lets the relay and the health endpoints read while the runner writes.
public final class ServiceDatabase: Sendable {
    /// The file path, for messages and logs.
    public let path: String
    let pool: DatabasePool
    let busyTimeout: Duration
    private let checkpointer: WALCheckpointer?

    /// How much a commit waits for the disk.
    public enum Durability: Sendable {
        /// Every commit is on disk before it returns (`synchronous=FULL`): a service's store, whose commits move
        /// offsets and decide what is published.
        case full
        /// Commits reach the disk when the log is checkpointed (`synchronous=NORMAL`): a scratch store that dies
        /// with its process anyway (the replay's).
        case scratch
    }

    /// Opens (creating if needed) the database at `path` and brings it to the latest schema: the runtime's tables
    /// first, then `migrations` in order. Throws `StoreError` naming the file when it cannot be used.
    public init(
        path: String, migrations: ServiceMigrations, busyTimeout: Duration = .seconds(5), durability: Durability = .full
    ) throws(StoreError) {
        self.path = path
        self.busyTimeout = busyTimeout
        var configuration = Configuration()
        // Several processes never share one file, but a backup tool or an operator's sqlite3 shell may hold a lock.
        configuration.busyMode = .timeout(TimeInterval(busyTimeout.components.seconds))
        configuration.prepareDatabase { db in
            // FULL: a committed transaction (and the offsets in it) survives a power loss, not only a crash.
            try db.execute(sql: durability == .full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL")
            // Indexes over a large history (a million customers) must stay in memory: 64 MiB of page cache per
            // connection, and reads served from a memory map instead of a copy per page.
            try db.execute(sql: "PRAGMA cache_size = -65536")
            try db.execute(sql: "PRAGMA mmap_size = 1073741824")
            // The log is copied back by `WALCheckpointer`, beside the writer; this is only its fallback.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = \(WALCheckpointer.writerFallbackPages)")
        }
        do {
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            pool = try DatabasePool(path: path, configuration: configuration)
            // Opening is lazy about the file's header; this read makes a corrupt file fail here, not mid-batch.
            _ = try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
        } catch {
            throw StoreError.from(error, path: path, busyTimeout: busyTimeout)
        }
        checkpointer = WALCheckpointer(path: path)
        try migrate(RuntimeSchema.migrations.followed(by: migrations))
    }

    deinit { checkpointer?.stop() }

    private func migrate(_ migrations: ServiceMigrations) throws(StoreError) {
        var migrator = DatabaseMigrator()
        for migration in migrations.steps {
            migrator.registerMigration(migration.name, migrate: migration.apply)
        }
        do {
            try migrator.migrate(pool)
        } catch let error as DatabaseError {
            let failed = (try? pool.read { db in try migrator.appliedIdentifiers(db) }).map { applied in
                migrations.steps.first { !applied.contains($0.name) }?.name ?? "?"
            } ?? "?"
            if [.SQLITE_CORRUPT, .SQLITE_NOTADB, .SQLITE_READONLY, .SQLITE_CANTOPEN].contains(error.resultCode) {
                throw StoreError.from(error, path: path, busyTimeout: busyTimeout)
            }
            throw .migrationFailed(path: path, migration: failed, reason: error.message ?? "\(error)")
        } catch {
            throw .migrationFailed(path: path, migration: "?", reason: "\(error)")
        }
    }

    /// Runs `work` in one write transaction; everything in it commits together or not at all.
    public func write<T: Sendable>(_ work: @Sendable (Database) throws -> T) throws(StoreError) -> T {
        do { return try pool.write(work) } catch { throw StoreError.from(error, path: path, busyTimeout: busyTimeout) }
    }

    /// Copies the write-ahead log into the database file and empties it, so the file alone is a complete copy.
    ///
    /// SQLite refuses it at once, without waiting, while another checkpoint runs, as `WALCheckpointer`'s may: that
    /// one is short, so it is tried again until the busy timeout has passed.
    public func checkpoint() throws(StoreError) {
        let deadline = ContinuousClock.now + busyTimeout
        while true {
            do {
                try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
                return
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && ContinuousClock.now < deadline {
                Thread.sleep(forTimeInterval: 0.01)
            } catch {
                throw StoreError.from(error, path: path, busyTimeout: busyTimeout)
            }
        }
    }

    /// Runs `work` on a read snapshot, beside a writer.
    public func read<T: Sendable>(_ work: @Sendable (Database) throws -> T) throws(StoreError) -> T {
        do { return try pool.read(work) } catch { throw StoreError.from(error, path: path, busyTimeout: busyTimeout) }
    }
}
