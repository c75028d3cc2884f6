import Units
import ArgumentParser
import BusinessTime
import Contracts
import Foundation
import Kafka
import Logging
import RoutingService
import ServiceKit
import ServiceStore
import TestFixtures
import TestSupport

/// Assignments per second by the routing service on the embedded broker, against the pass-through service's rate
/// in the same run (runs alternate), so the machine's phase cancels out of the ratio.
@main
struct RoutingBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routing-bench", abstract: "Routing throughput against the pass-through runtime.")

    @Option(help: "Registered tickets per run.") var tickets = 50_000
    @Option(help: "Messages applied per SQLite transaction.") var batch = 1_000
    @Option(help: "Runs per service (medians are reported).") var runs = 3
    @Flag(help: "Run routing alone, without the pass-through anchor (for a profiler; prints no ratio).")
    var routingOnly = false

    static let start = Timestamp.parse("2026-03-02T09:00:00+08:00") ?? Date()

    func run() async throws {
        var logger = Logger(label: "routing-bench")
        logger.logLevel = .error
        let catalogue = try TopicCatalogue.load(directory: RepositoryFiles.topics)
        let calendar = try BusinessCalendar(directory: RepositoryFiles.calendars)
        let routing = try RoutingService.entry.load(
            ServiceData(directory: RepositoryFiles.root.appendingPathComponent("services/routing", isDirectory: true)))
        let codec = ContractCodec(catalogue: catalogue)
        let registrations = PairedThroughput.Side(routing, count: tickets) {
            try RegisteredTickets.message($0, at: Self.start, codec: codec)
        }
        let hotline = PairedThroughput.Side(PassThroughService.definition(), count: tickets) {
            try InboundTickets.message($0, codec: codec)
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("routing-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        print("routing-bench: \(tickets) registered tickets a run, batches of \(batch), \(runs) runs each, "
              + "\(ProcessInfo.processInfo.activeProcessorCount) cores, SQLite synchronous=FULL")

        let rates = try await PairedThroughput(
            catalogue: catalogue, calendar: calendar, start: Self.start, batch: batch, logger: logger
        ).run(registrations, against: routingOnly ? nil : hotline, runs: runs, in: scratch)
        guard !routingOnly else { return print(String(format: "median routing %8.0f assignments/s", median(rates.measured))) }
        print(String(format: "median routing %8.0f assignments/s, pass-through %8.0f events/s",
                     median(rates.measured), median(rates.anchor)))
        print(String(format: "routing / pass-through %.2f (median of paired runs %.2f)", rates.ratio, rates.pairedRatio))
    }
}
