import ArgumentParser
import Foundation
import ScoringReports
import ScoringService
import ServiceKit
import ServiceStore

/// `complaints report --period 2026-03 --format html [--unit st-machi]`: the scoring service's report of a day, an
/// ISO week or a month (S10, C4), read from its store's day-by-day figures and ledger and written as a file whose path
/// is printed. It opens the store beside the running service (WAL lets both work).
struct PeriodReportOptions: ParsableArguments {
    @Option(help: "The period: a month (2026-03), an ISO week (2026-W10) or a day (2026-03-02).")
    var period: String?

    @Option(help: "html (self-contained, SVG charts), csv or json.")
    var format: ReportFormat = .html

    @Option(help: "Scoring's SQLite file (default: $COMPLAINTS_STATE_DIR/scoring.sqlite, else services/scoring/data/scoring.sqlite).")
    var database: String?

    @Option(help: "Scoring's data folder, for scoring.json (default: services/scoring).")
    var data = "services/scoring"

    @Option(help: "The unit directory (default: $COMPLAINTS_UNITS_FILE, else routing's beside the data folder).")
    var units: String?

    @Option(help: "Where to write the report (default: reports/<report id>.<format>).")
    var output: String?

    /// Whether none of the options was given.
    var isEmpty: Bool { period == nil && database == nil && units == nil && output == nil }

    /// Writes the report of the bureau, or of `unit`, and returns its path.
    func write(unit: String?) throws -> String {
        guard let text = period, let period = ReportPeriod(parsing: text) else {
            throw ValidationError("--period must be a month (2026-03), an ISO week (2026-W10) or a day (2026-03-02)")
        }
        let environment = ProcessInfo.processInfo.environment
        let path = database ?? ServiceConfiguration.defaultDatabasePath(service: ScoringService.name, settings: environment)
        guard FileManager.default.fileExists(atPath: path) else {
            throw ValidationError("\(path) does not exist: pass scoring's store with --database")
        }
        let builder = try ScoringService.reportBuilder(
            data: ServiceData(directory: URL(fileURLWithPath: data, isDirectory: true)),
            unitsFile: (units ?? environment["COMPLAINTS_UNITS_FILE"]).map { URL(fileURLWithPath: $0) })
        if let unit, builder.directory.unit(unit) == nil {
            throw ValidationError("--unit \(unit) is not a unit of the directory")
        }
        let store = try ServiceDatabase(path: path, migrations: .none)
        let report = try store.read { [unit] db in try ScoringService.report(period, unit: unit, builder: builder, in: db) }
        let destination = output ?? "reports/\(report.reportId).\(format.fileExtension)"
        let url = URL(fileURLWithPath: destination)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(report.rendered(as: format).utf8).write(to: url, options: .atomic)
        return destination
    }
}

extension ReportFormat: ExpressibleByArgument {}
