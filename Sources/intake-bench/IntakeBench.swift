import ArgumentParser
import Broker
import BusinessTime
import Contracts
import Foundation
import IntakeService
import Kafka
import Logging
import ServiceKit
import ServiceStore
import TestFixtures
import TestSupport

/// Tickets registered per second by the intake on the embedded broker, with a small and a large customer history in
/// its store: repeat checks must use indexes, so the rate must hardly depend on the history's size. The pass-through
/// runtime runs in each run too, on as many hotline tickets, as the anchor the intake's rate is judged against.
@main
struct IntakeBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intake-bench", abstract: "Intake throughput with 10 thousand and 1 million customers' history.")

    @Option(help: "Customers with history in the store, smallest first (comma-separated).")
    var history = "10000,1000000"
    @Option(help: "New tickets per run.") var tickets = 50_000
    @Option(help: "Messages applied per SQLite transaction.") var batch = 1_000
    @Option(help: "Runs per history size (medians are reported).") var runs = 3

    func run() async throws {
        let sizes = history.split(separator: ",").compactMap { Int($0) }
        guard sizes.count >= 1, sizes.allSatisfy({ $0 > 0 }) else { throw ValidationError("--history: e.g. 10000,1000000") }
        var logger = Logger(label: "intake-bench")
        logger.logLevel = .error
        let catalogue = try TopicCatalogue.load(directory: RepositoryFiles.topics)
        let configuration = try IntakeConfiguration.load(directory: RepositoryFiles.intakeData)
        let definition = IntakeService.definition(configuration: configuration)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("intake-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        print("intake-bench: \(tickets) new tickets a run, batches of \(batch), \(runs) runs per size, "
              + "\(ProcessInfo.processInfo.activeProcessorCount) cores, SQLite synchronous=FULL")

        // Each size's history is written once; every run starts from a fresh copy of it.
        for size in sizes {
            let started = ContinuousClock.now
            try seed(size, definition: definition, configuration: configuration, at: Self.history(size, in: scratch))
            print("history of \(size) customers written in \(ContinuousClock.now - started)")
        }
        let codec = ContractCodec(catalogue: catalogue)
        var rates: [Int: [Double]] = [:]
        // The anchor: the pass-through runtime on as many hotline tickets, measured in each run beside the intake.
        var anchor: [Double] = []
        let passThrough = PassThroughService.definition()
        let hotline = try (0..<tickets).map { try InboundTickets.message($0, codec: codec) }
        for run in 1...runs {
            let anchorPath = scratch.appendingPathComponent("run-\(run)-passthrough.sqlite")
            let anchored = try await ServiceThroughput(
                definition: passThrough,
                database: ServiceDatabase(path: anchorPath.path, migrations: passThrough.migrations),
                catalogue: catalogue, clock: VirtualClock(start: BenchTraffic.now), batch: batch, logger: logger
            ).measure(input: hotline)
            anchor.append(anchored.rate)
            print(String(format: "run %d  pass-through      %8.0f events/s", run, anchored.rate))
            try? FileManager.default.removeItem(at: anchorPath)
            // The order alternates, so a machine that slows down during the run does not favour one size.
            for size in run % 2 == 1 ? sizes : sizes.reversed() {
                let traffic = BenchTraffic(historyCustomers: size)
                let input = try (0..<tickets).map { number in
                    try InboundTickets.message(traffic.newTicket(number), eventID: "hotline-\(number)", codec: codec)
                }
                let path = scratch.appendingPathComponent("run-\(run)-\(size).sqlite")
                try FileManager.default.copyItem(at: Self.history(size, in: scratch), to: path)
                let result = try await ServiceThroughput(
                    definition: definition, database: ServiceDatabase(path: path.path, migrations: definition.migrations),
                    catalogue: catalogue, clock: VirtualClock(start: BenchTraffic.now), batch: batch, logger: logger
                ).measure(input: input)
                rates[size, default: []].append(result.rate)
                print(String(format: "run %d  history %8d  %8.0f tickets/s  batch p50 %6.1f ms  p99 %6.1f ms",
                             run, size, result.rate, result.p50, result.p99))
                try? FileManager.default.removeItem(at: path)
            }
        }
        for size in sizes { print(String(format: "median  history %8d  %8.0f tickets/s", size, median(rates[size] ?? [0]))) }
        print(String(format: "median  pass-through      %8.0f events/s", median(anchor)))
        for size in sizes {
            let measured = rates[size] ?? []
            print(String(format: "intake (%d customers) / pass-through: %.2f (median of paired runs %.2f)", size,
                         median(measured) / median(anchor), median(zip(measured, anchor).map { $0 / $1 })))
        }
        if let smallest = sizes.first, let largest = sizes.last, smallest != largest,
           let small = rates[smallest], let large = rates[largest] {
            let paired = zip(large, small).map { $0 / $1 }
            print(String(format: "ratio %d / %d customers: %.2f (median of paired runs %.2f)",
                         largest, smallest, median(large) / median(small), median(paired)))
        }
    }

    /// Where the history of `customers` customers is kept between runs.
    private static func history(_ customers: Int, in scratch: URL) -> URL {
        scratch.appendingPathComponent("history-\(customers).sqlite")
    }

    /// Writes a migrated database at `path` holding one earlier ticket for each of `customers` customers,
    /// checkpointed into one file.
    private func seed(_ customers: Int, definition: ServiceDefinition, configuration: IntakeConfiguration, at path: URL) throws {
        let database = try ServiceDatabase(path: path.path, migrations: definition.migrations)
        let traffic = BenchTraffic(historyCustomers: customers)
        for start in stride(from: 0, to: customers, by: 50_000) {
            try HistoryImport.load(
                (start..<min(start + 50_000, customers)).map(traffic.history), into: database, configuration: configuration)
        }
        try database.checkpoint()
    }
}
