import Foundation
import GRDB
import Synchronization

/// Copies the write-ahead log back into the database file from its own thread and connection.
///
/// SQLite's automatic checkpoint runs inside the commit that crosses its threshold, so every few batches the
/// service's one writer stopped to copy a megabyte or more of pages and sync the file. Here a passive checkpoint
/// (one that never waits for, nor blocks, the writer or a reader) runs every `interval` beside the writer instead.
/// The writer keeps a far higher threshold of its own as a fallback, in case this one falls behind or cannot open
/// its connection, so the log stays bounded either way.
final class WALCheckpointer: Sendable {
    static let interval = 0.2
    /// The writer's own threshold, in pages: reached only if the background checkpoints stop keeping up.
    static let writerFallbackPages = 16_384

    /// Shared with the thread, which outlives nothing but its last round.
    private final class StopFlag: Sendable {
        let raised = Atomic(false)
    }

    private let stopped = StopFlag()

    /// Starts checkpointing the database at `path`; nil when no second connection can be opened.
    init?(path: String) {
        guard let connection = try? DatabaseQueue(path: path) else { return nil }
        let thread = Thread { [stopped] in
            while !stopped.raised.load(ordering: .relaxed) {
                Thread.sleep(forTimeInterval: Self.interval)
                // Busy (another checkpoint, or a restart of the log) only means there is nothing to do now.
                _ = try? connection.writeWithoutTransaction { db in try db.checkpoint(.passive) }
            }
        }
        thread.name = "sqlite-checkpoint"
        thread.start()
    }

    /// Ends the thread after its current round; its connection closes with it.
    func stop() { stopped.raised.store(true, ordering: .relaxed) }
}
