import BusinessTime
import Foundation
import TestFixtures
import Testing

/// The calendars the repository ships (2025 and 2026).
func shippedCalendar() throws -> BusinessCalendar {
    try BusinessCalendar(directory: RepositoryFiles.calendars)
}

/// A calendar file's JSON, for building broken ones.
func calendarJSON(
    year: Int = 2026,
    timezone: String = "Asia/Shanghai",
    holidays: [String] = [],
    workdays: [String] = []
) -> Data {
    let list = { (days: [String]) in days.map { "\"\($0)\"" }.joined(separator: ", ") }
    return Data("""
    {"year": \(year), "timezone": "\(timezone)", "holidays": [\(list(holidays))], "workdays": [\(list(workdays))]}
    """.utf8)
}
