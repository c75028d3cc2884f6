import Foundation
import ScoringReports
import ScoringService
import ServiceStore
import TestSupport

/// One timed monthly report over a filled store: `ScoringService.report` for the bureau (what the monthly timer
/// publishes and `complaints report --period` writes) read from the store as that command reads it, then rendered as
/// HTML.
struct ReportTiming {
    /// Seconds to build the report from the store, and to render it.
    var build: Double
    var render: Double
    var total: Double { build + render }
    /// The process's processor seconds (user and system) over both: what other work on a shared machine takes from
    /// the wall-clock time and not from this.
    var cpu: Double
    /// What the report held: figures read, ledger lines, tickets named in the common problems, the page's size.
    var received: Int
    var ledgerLines: Int
    var problemTickets: Int
    var htmlBytes: Int

    init(store: ServiceDatabase, period: ReportPeriod, builder: ReportBuilder) throws {
        let processor = Self.processorSeconds()
        let started = ContinuousClock.now
        let report = try store.read { db in try ScoringService.report(period, unit: nil, builder: builder, in: db) }
        let built = ContinuousClock.now
        let html = report.rendered(as: .html)
        let rendered = ContinuousClock.now
        build = (built - started).seconds
        render = (rendered - built).seconds
        cpu = Self.processorSeconds() - processor
        received = report.counts.received
        ledgerLines = report.ledger.count
        problemTickets = report.commonProblems.map(\.tickets.count).reduce(0, +)
        htmlBytes = html.utf8.count
    }

    static func processorSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        let seconds = { (time: timeval) in Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
