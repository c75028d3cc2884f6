import ArgumentParser
import BusinessTime
import Contracts
import EscalationService
import Foundation
import Kafka
import Logging
import ServiceKit
import ServiceStore
import TestFixtures
import TestSupport

/// The escalation service with a million pending deadlines in its store: events applied per second against the
/// pass-through runtime's rate in the same call (runs alternate), the lag of 10,000 steps falling due at one instant
/// on an accelerated clock, through the real runner, outbox and relay, and peak RSS: the escalation executable's
/// alone, run in its own process on the same workloads, and this whole process's.
@main
struct EscalationBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "escalation-bench",
        abstract: "Escalation throughput against the pass-through runtime, firing lag, and peak RSS.",
        discussion: "Needs the escalation executable built beside it (swift build -c release --product escalation).")

    @Option(help: "Deadlines pending in the store, due 1 to 31 days ahead.") var pending = 1_000_000
    @Option(help: "Messages applied per run.") var events = 50_000
    @Option(help: "Steps falling due at one instant.") var due = 10_000
    @Option(help: "Business seconds per real second of the firing run's accelerated clock.") var speed = 60.0
    @Option(help: "Throughput runs per service (medians are reported).") var runs = 3
    @Option(help: "Messages applied per SQLite transaction.") var batch = 1_000

    /// The throughput runs' business time, a Monday morning; their virtual clocks stand still there.
    static let start = Timestamp.parse("2026-03-02T09:00:00+08:00") ?? Date()
    /// The targets of issue 13, item 10: a share of the pass-through rate, real seconds, megabytes.
    static let ratioTarget = 0.5
    static let lagTarget = 1.0
    static let memoryTarget = 256.0

    func validate() throws {
        guard runs >= 1, events >= 3, due >= 1, pending >= 0, batch >= 1, speed > 0 else {
            throw ValidationError("--runs, --due and --batch must be at least 1, --events at least 3, --speed above 0")
        }
    }

    func run() async throws {
        var logger = Logger(label: "escalation-bench")
        logger.logLevel = .error
        let catalogue = try TopicCatalogue.load(directory: RepositoryFiles.topics)
        let calendar = try BusinessCalendar(directory: RepositoryFiles.calendars)
        let data = ServiceData(directory: RepositoryFiles.file("services/escalation"))
        let escalation = try EscalationService.entry.load(data)
        let traffic = EscalationTraffic(
            watch: try EscalationService.watch(data, calendar: calendar), codec: ContractCodec(catalogue: catalogue))
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("escalation-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        print("escalation-bench: \(pending) pending deadlines, \(events) events a run, batches of \(batch), "
              + "\(runs) runs each, \(due) due at one instant on a clock ×\(speed), "
              + "\(ProcessInfo.processInfo.activeProcessorCount) cores, SQLite synchronous=FULL")

        guard let executable = ServiceProcess.executable("escalation") else { throw EscalationBenchError.noExecutable }
        // The pending deadlines are written once; every store starts from a copy of the file.
        let seeded = ContinuousClock.now
        let pendingStore = scratch.appendingPathComponent("pending.sqlite")
        try seedPending(escalation, at: pendingStore)
        print(String(format: "pending   %d deadlines written in %.1f s", pending, (ContinuousClock.now - seeded).seconds))
        var peaks = [PeakMemory.megabytes]

        // 1. Firing, first, so that its peak is not the throughput runs' leftover heap.
        PeakMemory.reset()
        try await fire(escalation, from: pendingStore, traffic: traffic, catalogue: catalogue, calendar: calendar, logger: logger)
        peaks.append(PeakMemory.megabytes)

        // 2. Throughput.
        PeakMemory.reset()
        let throughputStore = try seedThroughput(escalation, from: pendingStore, traffic: traffic)
        try await measureThroughput(
            escalation, from: throughputStore, traffic: traffic, catalogue: catalogue, calendar: calendar, logger: logger)
        peaks.append(PeakMemory.megabytes)

        // 3. The service alone: the executable in its own process on both workloads, this one keeping the broker.
        PeakMemory.reset()
        let alone = try await measureAlone(
            SeparateService(executable: executable, data: data.directory), escalation, pendingStore: pendingStore,
            throughputStore: throughputStore, traffic: traffic, catalogue: catalogue, logger: logger)
        peaks.append(PeakMemory.megabytes)

        // 4. Memory. The target is the service's own (its broker is another process in production); this process's
        // peak, with the services run in it and the mock cluster, is reported beside it.
        let (peak, call) = (max(alone.firing, alone.throughput), peaks.max() ?? 0)
        print(String(format: "peak RSS  this process (services in it, mock cluster, producers): seeding %.0f MB, "
                     + "firing %.0f MB, throughput runs %.0f MB, beside the service process %.0f MB; the call %.0f MB",
                     peaks[0], peaks[1], peaks[2], peaks[3], call))
        print(String(format: "peak RSS  the escalation service alone: firing %.0f MB, throughput %.0f MB; %.0f MB  "
                     + "target ≤ %.0f MB: %@", alone.firing, alone.throughput, peak, Self.memoryTarget,
                     Self.verdict(peak <= Self.memoryTarget)))
    }

    /// The firing run on a copy of the pending store: the due tickets' urges fall due together three business minutes
    /// after the clock starts (the service has started by then), their steps together 12 minutes later; each step
    /// fires a deadline.missed and a complaint.escalated.
    private func fire(
        _ escalation: ServiceDefinition, from pendingStore: URL, traffic: EscalationTraffic, catalogue: TopicCatalogue,
        calendar: BusinessCalendar, logger: Logger
    ) async throws {
        let store = pendingStore.deletingLastPathComponent().appendingPathComponent("firing.sqlite")
        let (database, urge, step) = try seedFiring(escalation, from: pendingStore, at: store, traffic: traffic)
        let clock = try AcceleratedClock(start: Self.firingStart(urge: urge), anchor: Date(), speed: speed)
        let firing = FiringLag(
            definition: escalation, database: database, catalogue: catalogue, clock: clock, calendar: calendar,
            logger: logger)
        let misses = try await firing.run(until: due, of: .deadlineMissed, dueAt: step)
        let urges = try firing.lags(of: .deadlineApproaching, dueAt: urge)
        print("urges     \(urges.count) fell due at \(Timestamp.format(urge)); lag to publication (real seconds) "
              + urges.summary)
        print("steps     \(misses.count) missed at \(Timestamp.format(step)); lag to publication (real seconds) "
              + "\(misses.summary)  target p99 ≤ \(Self.lagTarget) s: \(Self.verdict(misses.p99 <= Self.lagTarget))")
    }

    /// The throughput runs, each on a copy of `store` (`seedThroughput`'s).
    private func measureThroughput(
        _ escalation: ServiceDefinition, from store: URL, traffic: EscalationTraffic, catalogue: TopicCatalogue,
        calendar: BusinessCalendar, logger: Logger
    ) async throws {
        let (events, codec) = (events, ContractCodec(catalogue: catalogue))
        let measured = PairedThroughput.Side(escalation, database: { path in
            try FileManager.default.copyItem(at: store, to: URL(fileURLWithPath: path))
            return try ServiceDatabase(path: path, migrations: escalation.migrations)
        }, count: events) { try traffic.message($0, at: Self.start) }
        let hotline = PairedThroughput.Side(PassThroughService.definition(), count: events) {
            try InboundTickets.message($0, codec: codec)
        }
        let rates = try await PairedThroughput(
            catalogue: catalogue, calendar: calendar, start: Self.start, batch: batch, logger: logger
        ).run(measured, against: hotline, runs: runs, in: store.deletingLastPathComponent())
        print(String(format: "median escalation %8.0f events/s, pass-through %8.0f events/s",
                     median(rates.measured), median(rates.anchor)))
        print(String(format: "escalation / pass-through %.2f (median of paired runs %.2f)  target ≥ %.1f: %@",
                     rates.ratio, rates.pairedRatio, Self.ratioTarget, Self.verdict(rates.ratio >= Self.ratioTarget)))
    }

    /// Writes a migrated store at `path` holding the pending deadlines, four timers a ticket (`95598-P-<n>`) spread
    /// over the 30 days from a day after the start, checkpointed into one file.
    private func seedPending(_ escalation: ServiceDefinition, at path: URL) throws {
        let timers: [WatchTimer] = [.step, .stepUrge, .bound, .boundUrge]
        try withStore(escalation, at: path) { database in
            try PendingDeadlines.schedule(pending, from: Self.start.addingTimeInterval(86_400), in: database) {
                DeadlineKey(subject: "95598-P-\($0 / timers.count)", step: timers[$0 % timers.count].rawValue)
            }
        }
    }

    /// The throughput runs' store: a copy of the pending store holding also the earlier tickets the runs'
    /// verifications are about (at H2 since half an hour before).
    private func seedThroughput(
        _ escalation: ServiceDefinition, from pendingStore: URL, traffic: EscalationTraffic
    ) throws -> URL {
        let store = pendingStore.deletingLastPathComponent().appendingPathComponent("throughput.sqlite")
        try FileManager.default.copyItem(at: pendingStore, to: store)
        try withStore(escalation, at: store) { database in
            try traffic.seedEarlier(events / 3, at: Self.start.addingTimeInterval(-1_800), in: database)
            let pending = try database.read { db in try DeadlineStore.counts(in: db).pending }
            print("store     \(pending) deadlines pending (\(events / 3) tickets at H2 await the run's verifications)")
        }
        return store
    }

    /// A firing run's store at `store`, open: a copy of the pending store plus the `due` tickets assigned an hour
    /// before the start; returns it with the instants their urges and their steps fall due.
    func seedFiring(
        _ escalation: ServiceDefinition, from pendingStore: URL, at store: URL, traffic: EscalationTraffic
    ) throws -> (database: ServiceDatabase, urge: Date, due: Date) {
        try FileManager.default.copyItem(at: pendingStore, to: store)
        let database = try ServiceDatabase(path: store.path, migrations: escalation.migrations)
        let (urge, due) = try traffic.seedDue(due, at: Self.start.addingTimeInterval(-3_600), in: database)
        return (database, urge, due)
    }

    /// Where a firing run's clock starts: three business minutes before the urges, so the service has started.
    static func firingStart(urge: Date) -> Date { urge.addingTimeInterval(-180) }

    /// Opens the store at `path`, lets `seed` write to it, and checkpoints it so that the file alone is a copy.
    private func withStore(_ escalation: ServiceDefinition, at path: URL, _ seed: (ServiceDatabase) throws -> Void) throws {
        let database = try ServiceDatabase(path: path.path, migrations: escalation.migrations)
        try seed(database)
        try database.checkpoint()
    }

    private static func verdict(_ met: Bool) -> String { met ? "met" : "NOT MET" }
}
