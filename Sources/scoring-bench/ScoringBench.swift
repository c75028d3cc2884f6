import ArgumentParser
import BusinessTime
import Contracts
import Foundation
import Logging
import ScoringService
import ServiceKit
import TestFixtures
import TestSupport

/// The scoring service's benchmarks (issue 15, item 6): events applied per second on the embedded broker against the
/// pass-through runtime's rate in the same call (runs alternate), and the monthly report over stores holding a month
/// of 1 million and 10 million events.
@main
struct ScoringBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scoring-bench",
        abstract: "Scoring throughput against the pass-through runtime, and the monthly report over a month's events.")

    @Option(help: "Tickets of each kind a throughput run takes (new, verified, closed): about 4.3 events per ticket.")
    var tickets = 10_000
    @Option(help: "Messages applied per SQLite transaction.") var batch = 1_000
    @Option(help: "Throughput runs per service (medians are reported).") var runs = 3
    @Option(help: "Events of March 2026 in each report store, smallest first (comma-separated).")
    var events = "1000000,10000000"
    @Option(help: "Timed reports per store (medians are reported).") var reportRuns = 5
    @Option(help: "Where the report stores are kept between calls, one per size (default: .build/scoring-bench).")
    var stores: String?
    @Flag(inversion: .prefixedNo, help: "Measure the throughput.") var throughput = true
    @Flag(inversion: .prefixedNo, help: "Time the monthly report.") var report = true
    @Flag(help: "Run the scoring service alone, without the pass-through anchor (for a profiler; prints no ratio).")
    var scoringOnly = false

    /// The targets: a share of the pass-through rate; seconds for the report at the largest store.
    static let ratioTarget = 0.5
    static let reportSeconds = 10.0

    func validate() throws {
        guard tickets >= 1, batch >= 1, runs >= 1, reportRuns >= 1 else {
            throw ValidationError("--tickets, --batch, --runs and --report-runs must be at least 1")
        }
        guard !sizes.isEmpty, sizes.allSatisfy({ $0 > 0 }) else { throw ValidationError("--events: e.g. 1000000,10000000") }
    }

    var sizes: [Int] { events.split(separator: ",").compactMap { Int($0) } }

    func run() async throws {
        var logger = Logger(label: "scoring-bench")
        logger.logLevel = .error
        let calendar = try BusinessCalendar(directory: RepositoryFiles.calendars)
        let data = ServiceData(directory: RepositoryFiles.file("services/scoring"))
        let definition = try ScoringService.entry.load(data)
        let scoring = try ScoringService.scoring(data, calendar: calendar)
        let mix = TicketMix(directory: scoring.directory)
        print("scoring-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(MachineLoad.description)")
        if throughput {
            try await measureThroughput(definition, scoring: scoring, mix: mix, calendar: calendar, logger: logger)
        }
        if report {
            try timeReports(
                definition, scoring: scoring, mix: mix, builder: ScoringService.reportBuilder(data: data, unitsFile: nil))
        }
    }

    static func verdict(_ met: Bool) -> String { met ? "met" : "NOT met" }
}
