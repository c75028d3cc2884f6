import BusinessTime
import Foundation
import TestFixtures
import Testing

/// The calendars the repository ships (2025 and 2026).
func shippedCalendar() throws -> BusinessCalendar {
    try BusinessCalendar(directory: RepositoryFiles.calendars)
}

/// The instant `yyyy-MM-dd HH:mm` names in Beijing time, built with Foundation rather than the code under test.
func beijing(_ text: String) throws -> Date {
    let numbers = text.split(whereSeparator: { "- :".contains($0) }).compactMap { Int($0) }
    try #require(numbers.count == 5, "\(text) is not yyyy-MM-dd HH:mm")
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = try #require(TimeZone(identifier: "Asia/Shanghai"))
    let parts = DateComponents(year: numbers[0], month: numbers[1], day: numbers[2], hour: numbers[3], minute: numbers[4])
    return try #require(calendar.date(from: parts))
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
