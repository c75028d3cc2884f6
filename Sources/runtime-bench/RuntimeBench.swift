import ArgumentParser
import Broker
import BusinessTime
import Contracts
import Foundation
import Kafka
import Logging
import ServiceKit
import ServiceStore
import TestFixtures
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
}

/// One measured run of the pass-through service on a fresh cluster and a fresh database.
struct PassThroughRun {
    let events: Int
    let batch: Int
    let prefetchMessages: Int
    let catalogue: TopicCatalogue
    let logger: Logger

    func measure() async throws -> ServiceThroughput.Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("runtime-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let definition = PassThroughService.definition()
        let database = try ServiceDatabase(
            path: scratch.appendingPathComponent("passthrough.sqlite").path, migrations: definition.migrations)
        let codec = ContractCodec(catalogue: catalogue)
        let input = try (0..<events).map { try InboundTickets.message($0, codec: codec) }
        return try await ServiceThroughput(
            definition: definition, database: database, catalogue: catalogue, clock: SystemClock(), batch: batch,
            prefetchMessages: prefetchMessages, logger: logger
        ).measure(input: input)
    }
}
