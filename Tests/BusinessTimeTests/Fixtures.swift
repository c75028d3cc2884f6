import BusinessTime
import Foundation
import Testing

/// The repository's `services/calendar/` directory, found by walking up from this file, so tests run from anywhere.
func repositoryCalendarDirectory(from file: String = #filePath) throws -> URL {
    var directory = URL(fileURLWithPath: file).deletingLastPathComponent()
    var found: URL?
    while found == nil, directory.path != "/" {
        let candidate = directory.appendingPathComponent("services/calendar", isDirectory: true)
        if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path),
           FileManager.default.fileExists(atPath: candidate.path) {
            found = candidate
        }
        directory = directory.deletingLastPathComponent()
    }
    return try #require(found, "no services/calendar in a package directory above \(file)")
}

/// The calendars the repository ships (2025 and 2026).
func shippedCalendar() throws -> BusinessCalendar {
    try BusinessCalendar(directory: repositoryCalendarDirectory())
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

/// Waits (briefly, in real time) until `condition` holds, e.g. until a task has gone to sleep on a virtual clock.
func waitUntil(
    _ condition: () -> Bool,
    sourceLocation: SourceLocation = #_sourceLocation
) async throws {
    for _ in 0..<2_000 {
        if condition() { return }
        try await Task.sleep(for: .milliseconds(5))
    }
    Issue.record("condition not reached within 10 seconds", sourceLocation: sourceLocation)
}
