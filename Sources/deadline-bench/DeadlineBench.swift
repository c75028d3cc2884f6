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

/// The shared deadline store under load: how fast deadlines are scheduled into a store that already holds a million,
/// and how late 10,000 deadlines falling due at one instant fire on an accelerated clock, through the real runner,
/// outbox and relay. Prints the figures and the process's peak RSS.
@main
struct DeadlineBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadline-bench", abstract: "Schedule rate and firing lag of the shared deadline store.")

    @Option(help: "Deadlines pending far in the future.") var pending = 1_000_000
    @Option(help: "Deadlines falling due at the same instant.") var due = 10_000
    @Option(help: "Business seconds per real second of the accelerated clock.") var speed = 60.0
    @Option(help: "Deadlines scheduled per transaction.") var transaction = 10_000

    func run() async throws {
        var logger = Logger(label: "deadline-bench")
        logger.logLevel = .error
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("deadline-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let definition = DeadlineBenchService.definition
        let database = try ServiceDatabase(
            path: scratch.appendingPathComponent("timers.sqlite").path, migrations: definition.migrations)
        print("deadline-bench: \(pending) pending, \(due) due at one instant, clock ×\(speed), "
              + "\(ProcessInfo.processInfo.activeProcessorCount) cores, SQLite synchronous=FULL")

        // Business time starts now; the pending ones are spread over the next 30 days, after the due ones.
        let start = Date()
        let scheduleStarted = ContinuousClock.now
        for first in stride(from: 0, to: pending, by: transaction) {
            try database.write { [pending, transaction] db in
                for number in first..<min(first + transaction, pending) {
                    let dueAt = start.addingTimeInterval(3_600 + Double(number % 2_592_000))
                    try DeadlineStore.schedule(DeadlineKey(subject: "T\(number)", step: "H4"), at: dueAt, in: db)
                }
            }
        }
        let scheduleSeconds = (ContinuousClock.now - scheduleStarted).seconds
        print(String(format: "schedule  %9.0f deadlines/s  (%d in %.1f s, transactions of %d)",
                     Double(pending) / scheduleSeconds, pending, scheduleSeconds, transaction))

        // The due ones fall due together, 30 business seconds after the clock starts.
        let clock = try AcceleratedClock(start: start, anchor: Date(), speed: speed)
        let instant = clock.now.addingTimeInterval(30)
        try database.write { [due] db in
            for number in 0..<due {
                try DeadlineStore.schedule(DeadlineKey(subject: "D\(number)", step: "H4"), at: instant, in: db)
            }
        }
        let nextStarted = ContinuousClock.now
        let next = try database.read { db in try DeadlineStore.nextAttempt(in: db) }
        print(String(format: "next due  %.2f ms to find among %d (%@)", (ContinuousClock.now - nextStarted).seconds * 1_000,
                     pending + due, next.map(Timestamp.format) ?? "none"))

        let lags = try await fire(database: database, definition: definition, clock: clock, instant: instant, logger: logger)
        let sorted = lags.sorted()
        func percentile(_ share: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * share))] }
        print(String(format: "firing    %d fired; lag to publication (real seconds) p50 %.3f  p99 %.3f  max %.3f",
                     sorted.count, percentile(0.5), percentile(0.99), sorted.last ?? 0))
        print(String(format: "peak RSS  %.0f MB", Double(PeakMemory.residentKilobytes() ?? 0) / 1_024))
    }

    /// Runs the service until every due deadline was published; returns each one's lag, in real seconds, from its
    /// due time to the delivery report of its event (the relay marks the row sent in the service's clock).
    private func fire(
        database: ServiceDatabase, definition: ServiceDefinition, clock: AcceleratedClock, instant: Date, logger: Logger
    ) async throws -> [Double] {
        let catalogue = try TopicCatalogue.load(directory: RepositoryFiles.topics)
        let cluster = try MockCluster(brokers: 1, logger: logger)
        try cluster.createTopics(from: catalogue)
        let instance = try ServiceInstance(
            definition: definition, database: database, catalogue: catalogue,
            kafka: KafkaConfiguration(bootstrapServers: cluster.bootstrapServers),
            membership: GroupMembership(instanceID: definition.name),
            resources: ServiceResources(clock: clock, calendar: nil, unitsFile: nil, logger: logger), batchSize: 1_000)
        let running = BackgroundServices([instance.relay, instance.runner], logger: logger)
        let expected = due
        let published = try await eventually(timeout: .seconds(600), every: .milliseconds(100)) {
            try database.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM runtime_outbox WHERE sent_at IS NOT NULL")
            } ?? 0 >= expected
        }
        try await running.stop()
        withExtendedLifetime(cluster) {}
        guard published else { throw ValidationError("the due deadlines were not all published within 10 minutes") }
        let speed = clock.speed
        return try database.read { db in
            try Double.fetchAll(db, sql: "SELECT sent_at FROM runtime_outbox WHERE sent_at IS NOT NULL")
        }.map { ($0 - instant.timeIntervalSince1970) / speed }
    }
}

/// A service that only fires deadlines: each one publishes a `deadline.missed`.
enum DeadlineBenchService {
    static let definition = ServiceDefinition(
        name: "timers", topics: [.hotlineTickets], migrations: .none, makeHandler: { _ in Handler() })

    struct Handler: EventHandler {
        var routes: EventRoutes { EventRoutes().ignoring(.ticketSubmitted, because: "the benchmark only fires deadlines") }

        func fire(_ deadline: Deadline, in context: HandlerContext) throws {
            try context.publish(DeadlineMissed(
                ticketNo: deadline.key.subject, step: deadline.key.step, dueAt: deadline.dueAt, tier: .station,
                unit: "st-machi"))
        }
    }
}

/// The process's peak resident memory (Linux `VmHWM`).
enum PeakMemory {
    static func residentKilobytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
        return line.flatMap { Int($0.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") }
    }
}
