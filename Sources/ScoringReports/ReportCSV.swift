/// A report as CSV. (Rendering lands with issue 15's reports.)
public enum ReportCSV {
    public static func render(_ report: PeriodReport) -> String { "report,\(report.reportId)\n" }
}
