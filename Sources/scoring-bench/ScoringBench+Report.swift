import Foundation
import ScoringService
import ServiceKit
import ServiceStore
import TestFixtures
import TestSupport

extension ScoringBench {
    /// The bureau's report of March 2026 (the longest month: the worst case for a monthly report) over each store
    /// size, `reportRuns` times each, built and rendered as HTML; the median of each size, and the largest size's
    /// against the smallest's, which should grow no faster than the events.
    func timeReports(
        _ definition: ServiceDefinition, scoring: TicketScoring, mix: TicketMix, builder: ReportBuilder
    ) throws {
        guard let period = ReportPeriod(parsing: "2026-03") else { return }
        let directory = stores.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? RepositoryFiles.file(".build/scoring-bench")
        print("monthly report of \(period.label) for the bureau, HTML, \(reportRuns) runs per store; stores kept in "
              + "\(directory.path)")
        var medians: [Int: Double] = [:]
        for size in sizes {
            let month = MonthStore(events: size, mix: mix, scoring: scoring)
            let started = ContinuousClock.now
            let (path, reused) = try month.filled(in: directory, migrations: definition.migrations)
            let store = try ServiceDatabase(path: path.path, migrations: .none)
            let megabytes = Double((try? path.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0) / 1e6
            print(String(format: "%d events (%d tickets): %@ %@, %.0f MB, %d figure rows, %d ledger entries",
                         size, month.tickets,
                         reused ? "store reused" : String(format: "store filled in %.0f s", (ContinuousClock.now - started).seconds),
                         path.lastPathComponent, megabytes, try StoreTally.rows(of: "scoring_figure", in: store),
                         try StoreTally.rows(of: "scoring_ledger", in: store)))
            var (totals, processor): ([Double], [Double]) = ([], [])
            for run in 1...reportRuns {
                let timing = try ReportTiming(store: store, period: period, builder: builder)
                totals.append(timing.total)
                processor.append(timing.cpu)
                print(String(format: "run %d  %9d events  build %6.2f s  render %6.2f s  total %6.2f s  cpu %6.2f s  "
                             + "(%d received, %d ledger lines, %d tickets in common problems, HTML %.0f MB)",
                             run, size, timing.build, timing.render, timing.total, timing.cpu, timing.received,
                             timing.ledgerLines, timing.problemTickets, Double(timing.htmlBytes) / 1e6))
            }
            medians[size] = median(totals)
            print(String(format: "median %9d events  %6.2f s  cpu %6.2f s  (%@)", size, median(totals), median(processor),
                         MachineLoad.description))
        }
        guard let smallest = sizes.first, let largest = sizes.last, let small = medians[smallest],
              let large = medians[largest] else { return }
        print(String(format: "report at %d events: %.2f s  target ≤ %.0f s: %@", largest, large, Self.reportSeconds,
                     Self.verdict(large <= Self.reportSeconds)))
        if largest != smallest {
            let events = Double(largest) / Double(smallest)
            print(String(format: "report time %d / %d events: %.2f (events ×%.0f)  target ≤ %.0f: %@", largest, smallest,
                         large / small, events, events, Self.verdict(large / small <= events)))
        }
    }
}
