import BusinessTime
import Foundation
import GRDB
import Logging
import ServiceLifecycle
import ServiceStore

/// A service's own tables pruned beside the runtime's: rows older than `before` go, up to `limit` a call; returns
/// how many went.
public struct Pruning: Sendable {
    /// The table or concept pruned, for logs and metrics.
    public var name: String
    /// How long its rows are kept.
    public var days: Int
    public var prune: @Sendable (_ before: Date, _ limit: Int, _ db: Database) throws -> Int

    public init(name: String, days: Int, prune: @escaping @Sendable (Date, Int, Database) throws -> Int) {
        self.name = name
        self.days = days
        self.prune = prune
    }
}

/// Keeps a service's store bounded: on a schedule, it deletes inbox ids past their retention, events sent long ago
/// and the service's own expired rows, a few thousand per transaction so the runner is never held up for long.
public final class StorePruner: Service, Sendable {
    private let database: ServiceDatabase
    private let steps: [Pruning]
    private let clock: any WallClock
    private let interval: Duration
    private let metrics: ServiceMetrics
    private let logger: Logger
    /// Rows deleted per transaction.
    static let chunk = 5_000

    /// `inboxDays` nil keeps the inbox whole (a topic keeps messages forever).
    public init(
        database: ServiceDatabase, inboxDays: Int?, retention: Retention, service: [Pruning], clock: any WallClock,
        metrics: ServiceMetrics, logger: Logger
    ) {
        var steps: [Pruning] = []
        if let inboxDays {
            steps.append(Pruning(name: "inbox", days: inboxDays) { before, limit, db in
                try Inbox.prune(appliedBefore: before, limit: limit, in: db)
            })
        }
        steps.append(Pruning(name: "sent outbox", days: retention.sentOutboxDays) { before, limit, db in
            try Outbox.prune(sentBefore: before, limit: limit, in: db)
        })
        self.steps = steps + service
        self.database = database
        self.clock = clock
        self.interval = retention.interval
        self.metrics = metrics
        self.logger = logger
    }

    public func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                _ = try pruneOnce()
            } catch {
                logger.error("pruning failed; trying again at the next round", metadata: ["error": "\(error)"])
            }
            // A graceful shutdown must not wait out the interval.
            try? await cancelWhenGracefulShutdown { [interval] in try await Task.sleep(for: interval) }
        }
    }

    /// One round: every step until it has nothing left past its retention; returns the rows deleted per step.
    @discardableResult
    public func pruneOnce() throws(StoreError) -> [String: Int] {
        let now = clock.now
        var deleted: [String: Int] = [:]
        for step in steps {
            let before = now.addingTimeInterval(-Double(step.days) * 86_400)
            var total = 0
            while true {
                let count = try database.write { db in try step.prune(before, Self.chunk, db) }
                total += count
                if count < Self.chunk { break }
            }
            deleted[step.name] = total
            if total > 0 {
                metrics.pruned(step.name).increment(by: total)
                logger.info("pruned", metadata: ["table": "\(step.name)", "rows": "\(total)", "days": "\(step.days)"])
            }
        }
        return deleted
    }
}
