import BusinessTime
import Contracts
import Foundation
import GRDB
import Logging
import ServiceStore

/// How the runtime fires deadlines: in bounded transactions, each deadline in its own savepoint, failures retried
/// and then parked so that one broken deadline never holds up the others.
public struct DeadlineSettings: Sendable {
    /// Deadlines fired per transaction.
    public var batchSize = 500
    /// Firings of one deadline before it is parked for an operator.
    public var maximumAttempts = 3
    /// How long (in the service's clock) after a failed firing it is tried again.
    public var retryDelay: Duration = .seconds(60)
    /// How long one round of firing may run before the runner goes back to consuming.
    public var roundBudget: Duration = .milliseconds(250)

    public init() {}
}

/// Fires the due deadlines of one service's store through its handler.
struct DeadlineFiring: Sendable {
    let handler: any EventHandler
    let database: ServiceDatabase
    let codec: EventCodec
    let clock: any WallClock
    let settings: DeadlineSettings
    let metrics: ServiceMetrics
    let logger: Logger

    /// What one round did.
    struct Round: Equatable {
        var fired = 0
        var failed = 0
        var parked = 0
    }

    /// Fires what is due, a bounded transaction at a time, until nothing is due or the round's budget is spent.
    func fireDue() throws(StoreError) -> Round {
        let started = ContinuousClock.now
        var round = Round()
        // Runs after every batch: a read through the index settles the usual case, nothing due, without taking the
        // writer.
        guard let next = try database.read({ db in try DeadlineStore.nextAttempt(in: db) }), next <= clock.now else {
            return round
        }
        while true {
            let now = clock.now
            let (taken, batch) = try fireBatch(at: now)
            round.fired += batch.fired
            round.failed += batch.failed
            round.parked += batch.parked
            if taken < settings.batchSize || ContinuousClock.now - started > settings.roundBudget { break }
        }
        if round.parked > 0 { recordParked() }
        return round
    }

    /// One transaction: up to `batchSize` due deadlines, each removed and fired in its own savepoint.
    private func fireBatch(at now: Date) throws(StoreError) -> (taken: Int, round: Round) {
        let (handler, codec, settings, logger, metrics) = (handler, codec, settings, logger, metrics)
        return try database.write { db in
            let due = try DeadlineStore.due(at: now, limit: settings.batchSize, in: db)
            var round = Round()
            for deadline in due {
                let context = HandlerContext(db: db, now: now, codec: codec, cause: Self.cause(of: deadline))
                do {
                    try MessageSavepoint.run(in: db) {
                        try DeadlineStore.cancel(deadline.key, in: db)
                        try handler.fire(deadline, in: context)
                    }
                    round.fired += 1
                    metrics.deadlineLag.recordNanoseconds(Int64(max(0, now.timeIntervalSince(deadline.dueAt)) * 1e9))
                } catch let error as DatabaseError {
                    // The store itself failed: the whole transaction rolls back and the round is tried again.
                    throw error
                } catch {
                    let attempts = deadline.attempts + 1
                    let retryAt = attempts < settings.maximumAttempts
                        ? now.addingTimeInterval(settings.retryDelay.timeInterval) : nil
                    try DeadlineStore.recordFailure(of: deadline.key, error: "\(error)", at: now, retryAt: retryAt, in: db)
                    round.failed += 1
                    metrics.deadlineFailures.increment()
                    let metadata: Logger.Metadata = [
                        "ticket": "\(deadline.key.subject)", "step": "\(deadline.key.step)",
                        "due": "\(Timestamp.format(deadline.dueAt))", "attempts": "\(attempts)", "error": "\(error)",
                    ]
                    if let retryAt {
                        logger.warning("deadline failed; trying again", metadata: metadata.merging(
                            ["retry": "\(Timestamp.format(retryAt))"]) { $1 })
                    } else {
                        round.parked += 1
                        logger.error("deadline parked after repeated failures; retry with complaints deadlines retry",
                                     metadata: metadata)
                    }
                }
            }
            metrics.deadlinesFired.increment(by: round.fired)
            return (due.count, round)
        }
    }

    /// Keeps the parked gauge equal to the store's count.
    func recordParked() {
        if let counts = try? database.read({ db in try DeadlineStore.counts(in: db) }) {
            metrics.deadlinesParked.record(counts.parked)
        }
    }

    /// What the events of a firing are named after: the deadline's key and due time, so a firing repeated after a
    /// crash (or a retry) publishes the same ids and consumers skip the copies.
    static func cause(of deadline: Deadline) -> String {
        "deadline:\(deadline.key.subject):\(deadline.key.step):\(Timestamp.format(deadline.dueAt))"
    }
}
