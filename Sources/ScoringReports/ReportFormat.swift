import Foundation

/// The forms a report is written in: self-contained HTML with SVG charts, CSV, JSON.
public enum ReportFormat: String, Sendable, CaseIterable {
    case html, csv, json

    /// The file name extension.
    public var fileExtension: String { rawValue }
}

extension PeriodReport {
    /// The report written in `format`.
    public func rendered(as format: ReportFormat) -> String {
        switch format {
        case .html: ReportHTML.render(self)
        case .csv: ReportCSV.render(self)
        case .json: ReportJSON.render(self)
        }
    }
}
