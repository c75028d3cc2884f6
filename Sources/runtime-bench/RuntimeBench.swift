import ArgumentParser
import Broker
import BusinessTime
import Contracts
import Foundation
import Kafka
import Logging
import ServiceKit
import ServiceStore
import Synchronization
import TestSupport

/// The pass-through service on the embedded broker: every ticket consumed, applied in a SQLite transaction with its
/// offsets, answered with one event through the outbox and the relay. Prints events/s and batch latencies.
@main
struct RuntimeBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runtime-bench", abstract: "Pass-through service throughput on the embedded broker.")

    @Option(help: "Tickets per run.") var events = 100_000
    @Option(help: "Messages applied per SQLite transaction.") var batch = 1_000
    @Option(help: "Runs (medians are reported).") var runs = 3
    @Option(help: "Messages librdkafka reads ahead for the service (queued.min.messages).")
    var prefetchMessages = ConsumerConfiguration.Prefetch().messages

    func run() async throws {
        var logger = Logger(label: "runtime-bench")
        logger.logLevel = .error
        let catalogue = try TopicCatalogue.load(directory: RepositoryFiles.topics)
        print("runtime-bench: \(events) tickets, batches of \(batch), \(runs) runs, "
              + "\(ProcessInfo.processInfo.activeProcessorCount) cores, SQLite synchronous=FULL")
        var rates: [Double] = []
        var p99s: [Double] = []
        for run in 1...runs {
            let result = try await PassThroughRun(
                events: events, batch: batch, prefetchMessages: prefetchMessages, catalogue: catalogue, logger: logger
            ).measure()
            rates.append(result.rate)
            p99s.append(result.p99)
            print(String(format: "run %d  %8.0f events/s  batch p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms  (%d batches)",
                         run, result.rate, result.p50, result.p99, result.max, result.batches))
        }
        print(String(format: "median %8.0f events/s, batch p99 %.1f ms", median(rates), median(p99s)))
    }

    private func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
}

/// One measured run on a fresh cluster and a fresh database.
struct PassThroughRun {
    let events: Int
    let batch: Int
    let prefetchMessages: Int
    let catalogue: TopicCatalogue
    let logger: Logger

    struct Result {
        var rate: Double
        var p50: Double
        var p99: Double
        var max: Double
        var batches: Int
    }

    func measure() async throws -> Result {
        let cluster = try MockCluster(brokers: 1, logger: logger)
        try cluster.createTopics(from: catalogue)
        let kafka = KafkaConfiguration(bootstrapServers: cluster.bootstrapServers)
        let producer = try KafkaProducer(configuration: ProducerConfiguration(client: kafka), logger: logger)
        let tickets = InboundTickets(catalogue: catalogue, producer: producer)
        // The input is on the broker before the service starts, so the run measures the service, not the producer.
        for start in stride(from: 0, to: events, by: 10_000) {
            try await tickets.send((start..<min(start + 10_000, events)).map {
                try tickets.message(InboundTickets.ticket($0), eventID: "hotline-\($0)")
            })
        }
        await producer.close()

        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("runtime-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let definition = PassThroughService.definition()
        let database = try ServiceDatabase(
            path: scratch.appendingPathComponent("passthrough.sqlite").path, migrations: definition.migrations)
        let batches = Mutex<(first: ContinuousClock.Instant?, durations: [Duration], consumed: Int)>((nil, [], 0))
        let prefetchMessages = self.prefetchMessages
        let instance = try ServiceInstance(
            definition: definition, database: database, catalogue: catalogue, kafka: kafka,
            consumer: { $0.prefetch.messages = prefetchMessages },
            resources: ServiceResources(clock: SystemClock(), calendar: nil, unitsFile: nil, logger: logger),
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
        let events = self.events
        // Done when every ticket was applied and the outbox is empty (a partial index makes the backlog cheap to
        // count; counting the sent rows would scan the table and slow the run it measures).
        while try batches.withLock({ $0.consumed }) < events || database.read({ db in try Outbox.backlog(in: db) }) > 0 {
            try await Task.sleep(for: .milliseconds(20))
        }
        let finished = ContinuousClock.now
        try await running.stop()
        withExtendedLifetime(cluster) {}
        let (first, durations) = batches.withLock { ($0.first, $0.durations) }
        let milliseconds = durations.map { Double($0.components.attoseconds) / 1e15 + Double($0.components.seconds) * 1e3 }.sorted()
        func percentile(_ p: Double) -> Double { milliseconds[min(milliseconds.count - 1, Int(Double(milliseconds.count) * p))] }
        let elapsed = finished - (first ?? finished)
        return Result(
            rate: Double(events) / (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18),
            p50: percentile(0.5), p99: percentile(0.99), max: milliseconds.last ?? 0, batches: milliseconds.count)
    }
}
