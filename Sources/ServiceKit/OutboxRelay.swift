import BusinessTime
import Foundation
import Kafka
import Logging
import ServiceLifecycle
import ServiceStore
import Synchronization

/// Publishes the outbox in order with the idempotent producer and marks a row sent only on its delivery report.
///
/// A crash between sending and marking resends those rows on restart: the broker may then hold an event twice,
/// with one `ce_id`, and every consumer's inbox applies it once.
public final class OutboxRelay: Service, Sendable {
    /// Where a test stops the relay as a crash would.
    package enum CrashPoint: Sendable {
        /// After the events reached the broker, before the rows are marked sent.
        case afterSendBeforeMark
    }

    private let database: ServiceDatabase
    private let makeProducer: @Sendable () throws(KafkaError) -> KafkaProducer
    private let clock: any WallClock
    private let metrics: ServiceMetrics
    private let logger: Logger
    private let batchSize: Int
    private let wakeUp = WakeSignal()
    private let handedOff = HandedOffRows()
    private let crashPoint: CrashPoint?
    /// Told every stored event's position before its row is marked sent (the replay's view of the logs' ends).
    private let delivered: (@Sendable (DeliveryReceipt) -> Void)?

    package init(
        database: ServiceDatabase, makeProducer: @escaping @Sendable () throws(KafkaError) -> KafkaProducer,
        clock: any WallClock, metrics: ServiceMetrics, logger: Logger, batchSize: Int = 2_000, crashPoint: CrashPoint?,
        delivered: (@Sendable (DeliveryReceipt) -> Void)? = nil
    ) {
        self.delivered = delivered
        self.database = database
        self.makeProducer = makeProducer
        self.clock = clock
        self.metrics = metrics
        self.logger = logger
        self.batchSize = batchSize
        self.crashPoint = crashPoint
    }

    public convenience init(
        database: ServiceDatabase, makeProducer: @escaping @Sendable () throws(KafkaError) -> KafkaProducer,
        clock: any WallClock, metrics: ServiceMetrics, logger: Logger, batchSize: Int = 2_000
    ) {
        self.init(database: database, makeProducer: makeProducer, clock: clock, metrics: metrics, logger: logger,
                  batchSize: batchSize, crashPoint: nil)
    }

    /// Tells the relay that a transaction added events; it also looks on its own every `idleInterval`.
    public func notify() { wakeUp.signal() }

    /// Tells the relay that a transaction committed these rows (in order, with their sequences), so that it can send
    /// them without reading them back from the store (`HandedOffRows`).
    func handOff(_ committed: [OutboxEntry]) {
        handedOff.add(committed)
        wakeUp.signal()
    }

    /// Sends until shutdown; on graceful shutdown it drains what is left (the runner has stopped writing by then).
    public func run() async throws {
        var producer = try makeProducer()
        var window = SendWindow()
        let backoff = Backoff()
        let crashed = await withGracefulShutdownHandler { () async -> Bool in
            while !Task.isCancelled && !Task.isShuttingDownGracefully {
                do {
                    if try await pump(with: &producer, window: &window) == 0 {
                        // Nothing to send: wait for a notification, or look again after a while.
                        await wakeUp.wait(upTo: .milliseconds(200))
                    }
                    backoff.reset()
                } catch let crash as SimulatedCrash {
                    logger.warning("relay stopped by a simulated crash", metadata: ["point": "\(crash.point)"])
                    return true
                } catch {
                    logger.error("relay failed to publish; retrying", metadata: ["error": "\(error)"])
                    metrics.publishFailures.increment()
                    try? await Task.sleep(for: backoff.next())
                }
            }
            return false
        } onGracefulShutdown: { [wakeUp] in
            wakeUp.signal()
        }
        // A crashed process does no cleanup: what it sent stays unmarked.
        guard !crashed else { return }
        await drain(with: &producer, window: &window)
        await producer.close()
    }

    /// Sends what is left after the runner stopped, so a graceful stop leaves the outbox empty.
    private func drain(with producer: inout KafkaProducer, window: inout SendWindow) async {
        do {
            while try await pump(with: &producer, window: &window) > 0 {}
        } catch {
            logger.error("outbox not drained at shutdown; it is sent on the next start", metadata: ["error": "\(error)"])
        }
    }

    /// Keeps up to `SendWindow.depth` batches on their way to the broker, then settles the oldest: its delivered rows
    /// are marked sent. Reading and marking (SQLite) thus overlap the broker's round trips instead of waiting for
    /// them. Returns how many rows it settled; 0 when nothing was in flight and nothing was waiting.
    ///
    /// The idempotent producer keeps each partition's order across the batches in flight. After a failure, every
    /// batch still in flight is settled too, and the next read starts again at the oldest unsent row.
    @discardableResult
    package func pump(with producer: inout KafkaProducer, window: inout SendWindow) async throws -> Int {
        while window.hasRoom {
            if let (entries, waiting) = handedOff.take(after: window.lastSequence, limit: batchSize) {
                metrics.outboxBacklog.record(window.rows + entries.count + waiting)
                window.send(entries, with: producer)
                continue
            }
            let (entries, backlog) = try database.read { [batchSize, after = window.lastSequence, inFlight = window.rows] db in
                let entries = try Outbox.unsent(after: after, limit: batchSize, in: db)
                // Unsent rows are those in flight and those read; a full batch may leave more behind, and counting
                // them (over the unsent-rows index) only then keeps this cheap.
                return (entries, entries.count < batchSize ? inFlight + entries.count : try Outbox.backlog(in: db))
            }
            metrics.outboxBacklog.record(backlog)
            guard !entries.isEmpty else { break }
            window.send(entries, with: producer)
        }
        guard let oldest = window.takeOldest() else { return 0 }
        let results = await oldest.outcomes.value
        if crashPoint == .afterSendBeforeMark { throw SimulatedCrash(point: "\(CrashPoint.afterSendBeforeMark)") }
        let marked: KafkaError?
        do { marked = try markSent(oldest.entries, results) } catch {
            window.failed()
            throw error
        }
        guard let failure = marked else {
            window.settled(oldest)
            return oldest.entries.count
        }
        window.failed()
        // Whatever else is in flight still gets its rows marked, so that the retry resends only what failed.
        while let next = window.takeOldest() {
            _ = try markSent(next.entries, await next.outcomes.value)
        }
        // The idempotent producer is dead after a fatal error: a new one resumes from the first unsent row.
        if failure.isFatal {
            logger.error("producer fenced or fatal; recreating it", metadata: ["error": "\(failure)"])
            await producer.close(timeout: .seconds(5))
            producer = try makeProducer()
        }
        throw failure
    }

    /// Marks the rows the broker stored, a run of consecutive ones at a time; returns the first failure among the
    /// others.
    private func markSent(_ entries: [OutboxEntry], _ results: [DeliveryResult]) throws -> KafkaError? {
        var runs: [ClosedRange<Int64>] = []
        var run: ClosedRange<Int64>?
        var sent = 0
        var firstFailure: KafkaError?
        for (entry, result) in zip(entries, results) {
            switch result {
            case .success(let receipt):
                delivered?(receipt)
                run = run.map { $0.lowerBound...entry.sequence } ?? entry.sequence...entry.sequence
                sent += 1
            case .failure(let error):
                firstFailure = firstFailure ?? error
                if let finished = run { runs.append(finished) }
                run = nil
            }
        }
        if let finished = run { runs.append(finished) }
        if !runs.isEmpty {
            let time = clock.now
            try database.write { [runs] db in try Outbox.markSent(runs, at: time, in: db) }
            metrics.produced.increment(by: sent)
        }
        return firstFailure
    }
}

/// The relay's batches on their way to the broker, oldest first.
package struct SendWindow {
    /// Batches in flight at once: enough to keep the broker busy while the oldest is marked and the next read.
    static let depth = 3

    struct Batch {
        let entries: [OutboxEntry]
        let outcomes: Task<[DeliveryResult], Never>
    }

    private var batches: [Batch] = []
    /// The last row of the batches settled without a failure since the last failure: every row up to it is sent, as
    /// the store's single writer commits rows in their order (0 after a failure: the oldest unsent row is unknown).
    private var sentThrough: Int64 = 0

    package init() {}

    var hasRoom: Bool { batches.count < Self.depth }
    /// Rows in flight, not yet marked sent.
    var rows: Int { batches.reduce(0) { $0 + $1.entries.count } }
    var isEmpty: Bool { batches.isEmpty }

    /// The last row handed to the producer, or else the last one sent: the next read starts after it (0 when
    /// neither is known).
    var lastSequence: Int64 { batches.last?.entries.last?.sequence ?? sentThrough }

    mutating func send(_ entries: [OutboxEntry], with producer: KafkaProducer) {
        let messages = entries.map(\.message)
        batches.append(Batch(entries: entries, outcomes: Task { await producer.send(messages) }))
    }

    mutating func takeOldest() -> Batch? { batches.isEmpty ? nil : batches.removeFirst() }

    /// `batch`, the oldest, was delivered and marked sent whole.
    mutating func settled(_ batch: Batch) { sentThrough = max(sentThrough, batch.entries.last?.sequence ?? 0) }

    /// A batch failed: the next read starts again at the oldest unsent row.
    mutating func failed() { sentThrough = 0 }
}

/// A stop requested by a test at a crash point: the component ends without cleaning up, as a killed process would.
struct SimulatedCrash: Error {
    let point: String
}

extension OutboxEntry {
    /// The Kafka message this row becomes: the CloudEvents headers were fixed when the row was written.
    var message: ProducerMessage {
        ProducerMessage(
            topic: topic, key: key.map { Data(utf8Of: $0) }, value: value,
            headers: headers.map { KafkaHeader(name: $0.name, text: $0.value) })
    }
}
