import Broker
import BusinessTime
import Contracts
import Foundation
import Kafka
import Logging
import ServiceKit
import ServiceStore
import Synchronization

/// One measured run of a service on a fresh in-process cluster: the input is put on the broker first, then the
/// service consumes it all, applying each batch in a SQLite transaction and publishing through its outbox. The
/// benchmarks (`runtime-bench`, `intake-bench`) are built on it.
public struct ServiceThroughput {
    public var definition: ServiceDefinition
    /// The service's database, already migrated (and seeded, if the run needs history).
    public var database: ServiceDatabase
    public var catalogue: TopicCatalogue
    public var clock: any WallClock
    /// The working-day calendar, for services whose decisions need it (routing's deadlines).
    public var calendar: BusinessCalendar?
    public var batch: Int
    public var prefetchMessages: Int
    public var logger: Logger

    public init(
        definition: ServiceDefinition, database: ServiceDatabase, catalogue: TopicCatalogue, clock: any WallClock,
        calendar: BusinessCalendar? = nil, batch: Int, prefetchMessages: Int = ConsumerConfiguration.Prefetch().messages,
        logger: Logger
    ) {
        self.calendar = calendar
        self.definition = definition
        self.database = database
        self.catalogue = catalogue
        self.clock = clock
        self.batch = batch
        self.prefetchMessages = prefetchMessages
        self.logger = logger
    }

    public struct Result: Sendable {
        /// Messages applied per second, from the first batch until the outbox was empty.
        public var rate: Double
        /// Batch durations in milliseconds.
        public var p50: Double
        public var p99: Double
        public var max: Double
        public var batches: Int
        /// The whole process's CPU time (user and system, every thread, the in-process broker's too) from the service's
        /// start until the outbox was empty, per message, in microseconds: steadier than the rate on a shared machine.
        public var cpuPerMessage: Double
    }

    /// Publishes `input`, runs the service until every message was applied and every event published, and measures.
    public func measure(input: [ProducerMessage]) async throws -> Result {
        try await measure(count: input.count) { input[$0] }
    }

    /// Publishes `message(0)` to `message(count - 1)`, made 10,000 at a time so that the benchmark holds no more of
    /// them than that (the memory a run measures is the service's and the broker's), then measures as `measure(input:)`.
    public func measure(count expected: Int, message: (Int) throws -> ProducerMessage) async throws -> Result {
        let cluster = try MockCluster(brokers: 1, logger: logger)
        try cluster.createTopics(from: catalogue)
        let kafka = KafkaConfiguration(bootstrapServers: cluster.bootstrapServers)
        // The input is on the broker before the service starts, so the run measures the service, not the producer.
        try await Self.stage(count: expected, on: kafka, logger: logger, message: message)

        let batches = Mutex<(first: ContinuousClock.Instant?, durations: [Duration], consumed: Int)>((nil, [], 0))
        let cpuAtStart = ProcessCPUTime.now()
        let prefetchMessages = self.prefetchMessages
        let instance = try ServiceInstance(
            definition: definition, database: database, catalogue: catalogue, kafka: kafka,
            consumer: { $0.prefetch.messages = prefetchMessages },
            resources: ServiceResources(clock: clock, calendar: calendar, unitsFile: nil, logger: logger),
            batchSize: batch, crashPoints: .init(),
            batchObserver: { messages, duration in
                batches.withLock { state in
                    state.consumed += messages
                    // The clock starts with the first batch: the consumer group's join is not the service's work.
                    if state.first == nil { state.first = ContinuousClock.now - duration }
                    state.durations.append(duration)
                }
            })
        let running = BackgroundServices([instance.relay, instance.runner], logger: logger)
        // Done when every message was applied and the outbox is empty (a partial index makes the backlog cheap to
        // count; counting the sent rows would scan the table and slow the run it measures).
        while try batches.withLock({ $0.consumed }) < expected || database.read({ db in try Outbox.backlog(in: db) }) > 0 {
            try await Task.sleep(for: .milliseconds(20))
        }
        let finished = ContinuousClock.now
        let cpu = ProcessCPUTime.now() - cpuAtStart
        try await running.stop()
        withExtendedLifetime(cluster) {}
        let (first, durations) = batches.withLock { ($0.first, $0.durations) }
        let milliseconds = durations.map(\.milliseconds).sorted()
        func percentile(_ p: Double) -> Double { milliseconds[min(milliseconds.count - 1, Int(Double(milliseconds.count) * p))] }
        return Result(
            rate: Double(expected) / ((finished - (first ?? finished)).milliseconds / 1_000),
            p50: percentile(0.5), p99: percentile(0.99), max: milliseconds.last ?? 0, batches: milliseconds.count,
            cpuPerMessage: cpu * 1e6 / Double(expected))
    }
}

extension ServiceThroughput {
    /// Publishes `message(0)` to `message(count - 1)` to the cluster at `kafka`, made 10,000 at a time so that the
    /// benchmark holds no more of them than that; returns the topics they went to.
    @discardableResult
    public static func stage(
        count: Int, on kafka: KafkaConfiguration, logger: Logger, message: (Int) throws -> ProducerMessage
    ) async throws -> Set<String> {
        let producer = try KafkaProducer(configuration: ProducerConfiguration(client: kafka), logger: logger)
        var topics: Set<String> = []
        for start in stride(from: 0, to: count, by: 10_000) {
            let chunk = try (start..<min(start + 10_000, count)).map(message)
            topics.formUnion(chunk.map(\.topic))
            for result in await producer.send(chunk) { _ = try result.get() }
        }
        await producer.close()
        return topics
    }
}

extension Duration {
    var milliseconds: Double { Double(components.seconds) * 1e3 + Double(components.attoseconds) / 1e15 }
}

/// The median of a benchmark's runs: the middle value, or the mean of the two middle values of an even count.
public func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}
