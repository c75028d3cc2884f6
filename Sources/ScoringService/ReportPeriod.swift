import CivilTime
import Contracts
import Foundation

/// The span a report covers, midnight to midnight in Beijing time: a day, an ISO week (Monday to Sunday) or a month.
package struct ReportPeriod: Sendable, Equatable {
    package var kind: ReportKind
    /// The first day, and the day after the last.
    package var first: CivilDate
    package var end: CivilDate
    /// How the period is written: `2026-03-02`, `2026-W10`, `2026-03`.
    package var label: String

    package var start: Date { BeijingTime.midnight(first) }
    package var endDate: Date { BeijingTime.midnight(end) }
    /// The days as Beijing days since 1970.
    package var days: Range<Int> { first.daysSince1970..<end.daysSince1970 }

    /// Reads `2026-03` (a month), `2026-W10` (an ISO week) or `2026-03-02` (a day).
    package init?(parsing text: String) {
        if let day = CivilDate(parsing: text) {
            self.init(kind: .daily, first: day, end: day.next, label: text)
        } else if text.count == 7, let day = CivilDate(parsing: text + "-01") {
            self.init(kind: .monthly, first: day, end: day.adding(months: 1), label: text)
        } else if let week = Self.isoWeek(text) {
            self.init(kind: .weekly, first: week, end: CivilDate(daysSince1970: week.daysSince1970 + 7), label: text)
        } else {
            return nil
        }
    }

    init(kind: ReportKind, first: CivilDate, end: CivilDate, label: String) {
        self.kind = kind
        self.first = first
        self.end = end
        self.label = label
    }

    /// The month of `day`.
    package static func month(of day: CivilDate) -> ReportPeriod {
        let first = CivilDate(year: day.year, month: day.month, day: 1)!
        return ReportPeriod(kind: .monthly, first: first, end: first.adding(months: 1), label: String(format: "%04d-%02d", day.year, day.month))
    }

    /// The ISO week (Monday to Sunday) of `day`.
    package static func week(of day: CivilDate) -> ReportPeriod {
        let monday = CivilDate(daysSince1970: day.daysSince1970 - day.daysSinceMonday)
        let thursday = CivilDate(daysSince1970: monday.daysSince1970 + 3)
        // ISO 8601: a week belongs to the year of its Thursday, and is numbered by that Thursday's day of the year.
        let newYear = CivilDate(year: thursday.year, month: 1, day: 1)!
        let number = (thursday.daysSince1970 - newYear.daysSince1970) / 7 + 1
        return ReportPeriod(
            kind: .weekly, first: monday, end: CivilDate(daysSince1970: monday.daysSince1970 + 7),
            label: String(format: "%04d-W%02d", thursday.year, number))
    }

    /// Days `first` up to `end` (exclusive) as one daily report, labelled by its last day.
    package static func days(_ first: CivilDate, until end: CivilDate) -> ReportPeriod {
        ReportPeriod(kind: .daily, first: first, end: end, label: CivilDate(daysSince1970: end.daysSince1970 - 1).description)
    }

    /// The Monday of ISO week `2026-W10`.
    private static func isoWeek(_ text: String) -> CivilDate? {
        let parts = text.split(separator: "-W")
        guard parts.count == 2, let year = Int(parts[0]), let week = Int(parts[1]), (1...53).contains(week),
              let january4 = CivilDate(year: year, month: 1, day: 4)
        else { return nil }
        let firstMonday = january4.daysSince1970 - january4.daysSinceMonday
        return CivilDate(daysSince1970: firstMonday + (week - 1) * 7)
    }
}
