/// A report as one self-contained HTML page with SVG charts. (Rendering lands with issue 15's reports.)
public enum ReportHTML {
    public static func render(_ report: PeriodReport) -> String {
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>\(report.reportId)</title></head><body></body></html>\n"
    }
}
