import BusinessTime
import Contracts
import Foundation
import GRDB
import Kafka
import Logging
import ServiceLifecycle
import ServiceStore
import Synchronization

/// Consumes a service's topics and applies each batch in one SQLite transaction: skip ids already applied (inbox),
/// run the handler, write its events to the outbox, store the consumed offsets. Kafka's commit follows as a mirror.
///
/// On start, each partition resumes at the offset the database holds (`StoredOffsets`), so a crash anywhere loses
/// nothing and applies nothing twice.
public final class EventRunner: Service, Sendable {
    /// Where a test stops the runner as a crash would.
    package enum CrashPoint: Sendable {
        /// After the batch transaction committed, before the relay is told and before Kafka's commit.
        case afterCommitBeforePublish
    }

    private let settings: RunnerSettings
    private let handler: any EventHandler
    private let routes: EventRoutes
    private let deadlines: DeadlineFiring
    private let database: ServiceDatabase
    private let codec: EventCodec
    private let clock: any WallClock
    private let relay: OutboxRelay
    private let metrics: ServiceMetrics
    private let logger: Logger
    private let crashPoint: CrashPoint?
    private let subscribed = Atomic(false)

    package init(
        settings: RunnerSettings, handler: any EventHandler, database: ServiceDatabase, codec: EventCodec,
        clock: any WallClock, relay: OutboxRelay, metrics: ServiceMetrics, logger: Logger, crashPoint: CrashPoint?
    ) {
        self.settings = settings
        self.handler = handler
        routes = handler.routes
        deadlines = DeadlineFiring(
            handler: handler, database: database, codec: codec, clock: clock, settings: settings.deadlines,
            metrics: metrics, logger: logger)
        self.database = database
        self.codec = codec
        self.clock = clock
        self.relay = relay
        self.metrics = metrics
        self.logger = logger
        self.crashPoint = crashPoint
    }

    public convenience init(
        settings: RunnerSettings, handler: any EventHandler, database: ServiceDatabase, codec: EventCodec,
        clock: any WallClock, relay: OutboxRelay, metrics: ServiceMetrics, logger: Logger
    ) {
        self.init(settings: settings, handler: handler, database: database, codec: codec, clock: clock, relay: relay,
                  metrics: metrics, logger: logger, crashPoint: nil)
    }

    /// Runs until graceful shutdown or cancellation; the batch in hand is finished and committed first.
    public func run() async throws {
        let consumer = try KafkaConsumer(
            configuration: settings.consumer, rebalanceHandler: StoredOffsets(database: database, logger: logger),
            logger: logger)
        try consumer.subscribe(to: settings.topics.map(\.rawValue))
        subscribed.store(true, ordering: .releasing)
        deadlines.recordParked()
        var mirror = OffsetMirror(consumer: consumer, interval: settings.commitInterval, logger: logger)
        do {
            var batch = try await fetch(from: consumer, besides: [])
            while !Task.isCancelled && !Task.isShuttingDownGracefully {
                // The next batch is polled and decoded while this one is applied; if the service stops first, it
                // was never applied nor stored, and is read again on the next start.
                let applying = batch.tickets
                async let upcoming = fetch(from: consumer, besides: applying)
                var positions: [TopicPartitionOffset] = []
                if !batch.messages.isEmpty {
                    let applied = try await applyRetrying(batch.messages, decoded: batch.decoded)
                    positions = applied.nextOffsets
                    if crashPoint == .afterCommitBeforePublish { throw SimulatedCrash(point: "\(CrashPoint.afterCommitBeforePublish)") }
                    relay.handOff(applied.published)
                }
                if fireDueLogged() { relay.notify() }
                if let lag = try? consumer.lag() { metrics.consumerLag.record(lag.values.reduce(0, +)) }
                await mirror.record(positions)
                batch = try await upcoming
            }
            await mirror.flush()
        } catch let crash as SimulatedCrash {
            logger.warning("runner stopped by a simulated crash", metadata: ["point": "\(crash.point)"])
            await consumer.close()
            return
        } catch {
            await consumer.close()
            throw error
        }
        await consumer.close()
    }

    /// A polled batch with each message's envelope checked, its payload decoded and the handler's pure work done.
    private struct FetchedBatch: Sendable {
        var messages: [ConsumerMessage]
        var decoded: [DecodedMessage]
        /// The tickets its messages are about (routes about one ticket's state).
        var tickets: Set<String>
    }

    /// Polls, decodes and prepares the next batch while `applying`'s is applied, and decides ahead what can be
    /// (`DecidedAhead`). A message about a ticket of the batch being applied, or about one an earlier message of its
    /// own batch is about, would find the ticket changed since the snapshot, so it is left to the transaction.
    private func fetch(from consumer: KafkaConsumer, besides applying: Set<String>) async throws -> FetchedBatch {
        let messages = try await consumer.poll(maxMessages: settings.batchSize, timeout: settings.pollTimeout)
        // Pure work, and the largest part of applying a batch besides SQLite: split over the machine's cores.
        let (codec, handler, routes, database) = (self.codec, self.handler, self.routes, self.database)
        var decoded = await WorkChunks.map(messages, minimum: 64) { DecodedMessage(codec.decode($0), routes: routes, handler: handler) }
        var tickets: Set<String> = []
        for index in decoded.indices {
            guard let ticket = decoded[index].ticket else { continue }
            let first = tickets.insert(ticket).inserted
            decoded[index].worthDecidingAhead = first && !applying.contains(ticket)
        }
        guard decoded.contains(where: \.worthDecidingAhead) else {
            return FetchedBatch(messages: messages, decoded: decoded, tickets: tickets)
        }
        let decided = await WorkChunks.mapChunks(decoded, minimum: 64) { chunk in
            DecodedMessage.decidingAhead(Array(chunk), in: database, codec: codec)
        }
        return FetchedBatch(messages: messages, decoded: decided, tickets: tickets)
    }

    /// Applies the batch, retrying database failures with backoff: the messages are already taken from Kafka, so
    /// giving up on them would skip them. A shutdown during the retries leaves them to the next start.
    private func applyRetrying(
        _ messages: [ConsumerMessage], decoded: [DecodedMessage]
    ) async throws -> BatchOutcome {
        let backoff = Backoff()
        while true {
            do {
                return try apply(messages, decoded: decoded)
            } catch {
                logger.error("batch not applied; retrying", metadata: ["error": "\(error)", "messages": "\(messages.count)"])
                if Task.isShuttingDownGracefully || Task.isCancelled { throw error }
                try await Task.sleep(for: backoff.next())
            }
        }
    }

    /// One transaction for the whole batch, whose envelopes were checked beforehand (outside the transaction, on
    /// every core); returns what it did: the next offsets it stored, the outbox rows it wrote.
    private func apply(
        _ messages: [ConsumerMessage], decoded: [DecodedMessage]
    ) throws(StoreError) -> BatchOutcome {
        let start = ContinuousClock.now
        let now = clock.now
        let encodingFailed = Atomic<Bool>(false)
        let outcome: BatchOutcome
        do {
            outcome = try write(messages, decoded: decoded, now: now, deferring: true, encodingFailed: encodingFailed)
        } catch where encodingFailed.load(ordering: .relaxed) {
            // A handler published an event that breaks its schema (a bug): apply the batch again, encoding each event
            // as it is published, so only the message that caused it is dead-lettered.
            logger.warning("an event broke its schema; applying the batch again one event at a time")
            outcome = try write(messages, decoded: decoded, now: now, deferring: false, encodingFailed: encodingFailed)
        }
        metrics.consumed.increment(by: messages.count)
        metrics.applied.increment(by: outcome.applied)
        metrics.duplicatesSkipped.increment(by: outcome.duplicates)
        metrics.deadLettered.increment(by: outcome.deadLettered)
        metrics.ignored.increment(by: outcome.ignored)
        metrics.decidedAheadUsed.increment(by: outcome.decidedAheadUsed)
        metrics.decidedAheadStale.increment(by: outcome.decidedAheadStale)
        let duration = ContinuousClock.now - start
        metrics.batchLatency.recordNanoseconds(
            duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000)
        settings.batchObserver?(messages.count, duration)
        return outcome
    }

    /// The batch's transaction. With `deferring`, the events are encoded and validated together, on every core, once
    /// the handlers are done (`PendingOutbox`); a failure to encode one sets `encodingFailed` and rolls back.
    private func write(
        _ messages: [ConsumerMessage], decoded: [DecodedMessage], now: Date, deferring: Bool,
        encodingFailed: borrowing Atomic<Bool>
    ) throws(StoreError) -> BatchOutcome {
        let (routes, codec, logger) = (self.routes, self.codec, self.logger)
        return try database.write { db in
            var outcome = BatchOutcome()
            let pending = deferring ? PendingOutbox() : nil
            for (message, event) in zip(messages, decoded) {
                try Self.applyOne(
                    message, event, routes: routes, codec: codec, now: now, db: db, pending: pending, logger: logger,
                    into: &outcome)
            }
            if let pending {
                do { outcome.published = try pending.write(in: db) } catch let failure as PendingOutbox.EncodingFailed {
                    encodingFailed.store(true, ordering: .relaxed)
                    throw failure.error
                }
            }
            let next = BatchOutcome.nextOffsets(of: messages)
            try ConsumedOffsets.advance(next, in: db)
            outcome.nextOffsets = next
            return outcome
        }
    }

    /// Decode, deduplicate, apply in a savepoint; anything that cannot be applied becomes a dead letter.
    private static func applyOne(
        _ message: ConsumerMessage, _ decoded: DecodedMessage, routes: EventRoutes,
        codec: EventCodec, now: Date, db: Database, pending: PendingOutbox?, logger: Logger,
        into outcome: inout BatchOutcome
    ) throws {
        func refuse(_ reason: String, _ code: DeadLetterCode) throws {
            try deadLetter(message, reason: reason, code: code, codec: codec, now: now, db: db, pending: pending, logger: logger)
            outcome.deadLettered += 1
        }
        let event: IncomingEvent
        switch decoded.event {
        case .failure(let error):
            return try refuse(error.description, error.reasonCode)
        case .success(let checked):
            event = checked
        }
        guard try Inbox.admit(event.id, from: message.topicPartition, offset: message.offset, at: now, in: db) else {
            outcome.duplicates += 1
            return
        }
        let route: EventRoutes.Route
        switch routes.decision(for: event.type) {
        case .apply(let applied):
            route = applied
        case .ignore:
            outcome.ignored += 1
            return
        case .refuse(let reason):
            return try refuse(reason, .unhandled)
        }
        guard let payload = decoded.payload else { preconditionFailure("an applied event was decoded when fetched") }
        let context = HandlerContext(
            db: db, now: now, codec: codec, cause: event.id, prepared: decoded.prepared,
            decidedAhead: decoded.decidedAhead, pending: pending)
        let mark = pending?.mark ?? 0
        defer {
            switch context.decidedAheadUsed {
            case true?: outcome.decidedAheadUsed += 1
            case false?: outcome.decidedAheadStale += 1
            case nil: break
            }
        }
        do {
            try MessageSavepoint.run(in: db) { try route.apply(payload, event, context) }
            outcome.applied += 1
        } catch let error as DatabaseError {
            // The store itself failed: the whole batch rolls back and is retried.
            throw error
        } catch let rejection as Rejection {
            // The savepoint undid the message's writes; its events go too.
            pending?.discard(from: mark)
            try refuse(rejection.reason, .rejected)
        } catch {
            // A handler bug must not block the partition forever; the dead letter keeps the message for a replay.
            pending?.discard(from: mark)
            try refuse("handler failed: \(error)", .unhandled)
        }
    }

    private static func deadLetter(
        _ message: ConsumerMessage, reason: String, code: DeadLetterCode, codec: EventCodec, now: Date, db: Database,
        pending: PendingOutbox?, logger: Logger
    ) throws {
        logger.warning("message dead-lettered", metadata: [
            "topic": "\(message.topic)", "partition": "\(message.partition)", "offset": "\(message.offset)",
            "reason": "\(code.rawValue)",
        ])
        let entry = try codec.deadLetter(for: message, reason: reason, code: code, time: now)
        if let pending { pending.append(entry) } else { try Outbox.append(entry, in: db) }
    }

    /// Whether the consumer has joined its topics (for `/readyz`).
    package var isSubscribed: Bool { subscribed.load(ordering: .acquiring) }

    /// The earliest moment a stored deadline is to fire, parked ones aside, read from the database now.
    package func nextDueTime() throws -> Date? {
        try database.read { db in try DeadlineStore.nextAttempt(in: db) }
    }

    /// Fires due deadlines; a store failure is logged and retried on the next round rather than stopping
    /// consumption. Returns whether anything was published.
    private func fireDueLogged() -> Bool {
        do {
            return try deadlines.fireDue().fired > 0
        } catch {
            logger.error("deadlines not fired; retrying", metadata: ["error": "\(error)"])
            return false
        }
    }
}

/// A consumed message checked against the contract, its body decoded as its route reads it (applied types only:
/// an ignored or refused one is never decoded), with what the handler prepared from it and, for a route whose
/// decision is pure, the decision made ahead from the store's last committed state.
private struct DecodedMessage: Sendable {
    var event: Result<IncomingEvent, EnvelopeError>
    var payload: (any Sendable)?
    var prepared: (any Sendable)?
    var route: EventRoutes.Route?
    /// The ticket it is about, for a route that decides ahead.
    var ticket: String?
    /// Whether its decision is to be made ahead: the first about its ticket in the batch, which the batch being
    /// applied does not touch.
    var worthDecidingAhead = false
    var decidedAhead: DecidedAhead?

    init(_ checked: Result<IncomingEvent, EnvelopeError>, routes: EventRoutes, handler: any EventHandler) {
        event = checked
        guard case .success(let incoming) = checked, case .apply(let route) = routes.decision(for: incoming.type) else {
            return
        }
        do throws(EnvelopeError) {
            let decoded = try route.decode(incoming)
            payload = decoded
            prepared = handler.prepare(decoded, of: incoming)
            self.route = route
            ticket = route.ahead?.ticket(decoded)
        } catch {
            event = .failure(error)
        }
    }

    /// `messages` with the decisions made ahead for those worth it, in one read of the store. A read that fails
    /// only leaves the decisions to the transaction.
    static func decidingAhead(_ messages: [DecodedMessage], in database: ServiceDatabase, codec: EventCodec) -> [DecodedMessage] {
        guard messages.contains(where: \.worthDecidingAhead) else { return messages }
        return (try? database.read { db in
            messages.map { message in
                guard message.worthDecidingAhead, case .success(let event) = message.event, let payload = message.payload,
                      let decide = message.route?.ahead?.decide else { return message }
                var decided = message
                decided.decidedAhead = decide(payload, event, db, codec)
                return decided
            }
        }) ?? messages
    }
}

/// What one batch did, for the metrics.
private struct BatchOutcome: Sendable {
    var applied = 0
    var duplicates = 0
    var deadLettered = 0
    var ignored = 0
    var decidedAheadUsed = 0
    var decidedAheadStale = 0
    var nextOffsets: [TopicPartitionOffset] = []
    /// The outbox rows written, in order, when the events were written together at the end of the batch.
    var published: [OutboxEntry] = []

    /// The offset after the last message of each partition in the batch.
    static func nextOffsets(of messages: [ConsumerMessage]) -> [TopicPartitionOffset] {
        var next: [TopicPartition: Int64] = [:]
        for message in messages { next[message.topicPartition] = max(next[message.topicPartition] ?? 0, message.offset + 1) }
        return next.map { TopicPartitionOffset($0.key, offset: $0.value) }.sorted { $0.topicPartition < $1.topicPartition }
    }
}
