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
        try PendingDeadlines.schedule(pending, from: start.addingTimeInterval(3_600), transaction: transaction, in: database) {
            DeadlineKey(subject: "T\($0)", step: "H4")
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

        let catalogue = try TopicCatalogue.load(directory: RepositoryFiles.topics)
        let lags = try await FiringLag(
            definition: definition, database: database, catalogue: catalogue, clock: clock, logger: logger
        ).run(until: due, of: .deadlineMissed, dueAt: instant)
        print("firing    \(lags.count) fired; lag to publication (real seconds) \(lags.summary)")
        print(String(format: "peak RSS  %.0f MB", PeakMemory.megabytes))
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
