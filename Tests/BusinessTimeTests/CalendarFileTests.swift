import BusinessTime
import Foundation
import TestFixtures
import Testing

/// Loading calendar files: the shipped ones load, and a wrong file is refused with the file and the date to fix.
@Suite struct CalendarFileTests {
    private func problems(_ data: Data, source: String = "2026.json") -> [CalendarFileError.Problem] {
        do {
            _ = try CalendarYear(data: data, source: source)
            Issue.record("\(source) loaded")
            return []
        } catch {
            return error.problems
        }
    }

    @Test func shippedCalendarsCover2025And2026InBeijingTime() throws {
        let calendar = try shippedCalendar()
        #expect(calendar.coveredYears == [2025, 2026])
        #expect(calendar.timeZone.identifier == "Asia/Shanghai")
    }

    @Test func dateInBothListsIsRefused() {
        let data = calendarJSON(holidays: ["2026-02-14", "2026-02-15"], workdays: ["2026-02-14"])
        #expect(problems(data) == [.init(file: "2026.json", kind: .dateInBothLists("2026-02-14"))])
    }

    @Test func dateOutsideTheFilesYearIsRefused() {
        let data = calendarJSON(holidays: ["2025-12-31", "2026-01-01"])
        #expect(problems(data) == [.init(file: "2026.json", kind: .dateOutsideYear("2025-12-31", year: 2026))])
    }

    @Test func malformedDatesAreRefused() {
        let data = calendarJSON(holidays: ["2026-02-30", "2026-2-3", "yesterday"])
        #expect(problems(data) == [
            .init(file: "2026.json", kind: .malformedDate("2026-02-30")),
            .init(file: "2026.json", kind: .malformedDate("2026-2-3")),
            .init(file: "2026.json", kind: .malformedDate("yesterday")),
        ])
    }

    /// Wednesday 4 March 2026 is a working day anyway; listing it as 调休 is a typo for some weekend day.
    @Test func makeUpWorkingDayOnAWeekdayIsRefused() {
        let data = calendarJSON(workdays: ["2026-03-04"])
        #expect(problems(data) == [.init(file: "2026.json", kind: .workdayNotOnWeekend("2026-03-04"))])
    }

    @Test func unknownTimeZoneIsRefused() {
        #expect(problems(calendarJSON(timezone: "Mars/Olympus")) == [
            .init(file: "2026.json", kind: .unknownTimeZone("Mars/Olympus")),
        ])
    }

    @Test func fileWithoutWorkdaysIsRefused() {
        let data = Data(#"{"year": 2026, "timezone": "Asia/Shanghai", "holidays": []}"#.utf8)
        #expect(problems(data) == [.init(file: "2026.json", kind: .undecodable(reason: "missing \"workdays\""))])
    }

    @Test func everyProblemOfAFileIsListed() {
        let data = calendarJSON(timezone: "Nowhere", holidays: ["2026-10-10", "2027-01-01"], workdays: ["2026-10-10"])
        #expect(problems(data) == [
            .init(file: "2026.json", kind: .unknownTimeZone("Nowhere")),
            .init(file: "2026.json", kind: .dateOutsideYear("2027-01-01", year: 2026)),
            .init(file: "2026.json", kind: .dateInBothLists("2026-10-10")),
        ])
    }

    @Test func messageNamesTheFileAndTheDate() {
        let error = CalendarFileError(problems: problems(calendarJSON(holidays: ["2026-02-14"], workdays: ["2026-02-14"])))
        #expect(error.description == """
            business calendar has 1 problem:
              2026.json: 2026-02-14 is listed both as a holiday and as a make-up working day
            """)
    }

    @Test func duplicateYearAcrossFilesIsRefused() throws {
        let first = try CalendarYear(data: calendarJSON(), source: "a.json")
        let second = try CalendarYear(data: calendarJSON(), source: "b.json")
        #expect(throws: CalendarFileError(problems: [.init(file: "b.json", kind: .duplicateYear(2026, alsoIn: "a.json"))])) {
            try BusinessCalendar(years: [first, second])
        }
    }

    @Test func mixedTimeZonesAcrossFilesAreRefused() throws {
        let beijing = try CalendarYear(data: calendarJSON(year: 2025), source: "2025.json")
        let tokyo = try CalendarYear(data: calendarJSON(timezone: "Asia/Tokyo"), source: "2026.json")
        let expected = CalendarFileError.Kind.mixedTimeZones("Asia/Tokyo", expected: "Asia/Shanghai", setBy: "2025.json")
        #expect(throws: CalendarFileError(problems: [.init(file: "2026.json", kind: expected)])) {
            try BusinessCalendar(years: [beijing, tokyo])
        }
    }

    @Test func directoryLoadListsTheProblemsOfEveryFile() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try calendarJSON(year: 2025, holidays: ["2026-01-01"]).write(to: directory.appendingPathComponent("2025.json"))
        try calendarJSON(holidays: ["2026-13-01"]).write(to: directory.appendingPathComponent("2026.json"))
        try Data("not a calendar".utf8).write(to: directory.appendingPathComponent("notes.txt"))

        #expect(throws: CalendarFileError(problems: [
            .init(file: directory.appendingPathComponent("2025.json").path, kind: .dateOutsideYear("2026-01-01", year: 2025)),
            .init(file: directory.appendingPathComponent("2026.json").path, kind: .malformedDate("2026-13-01")),
        ])) {
            try BusinessCalendar(directory: directory)
        }
    }

    @Test func directoryWithoutCalendarFilesIsRefused() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(throws: CalendarFileError(problems: [.init(file: directory.path, kind: .noCalendarFiles)])) {
            try BusinessCalendar(directory: directory)
        }
    }

    @Test func severalFilesMakeOneCalendar() throws {
        let calendar = try BusinessCalendar(years: [
            CalendarYear(data: calendarJSON(year: 2031), source: "2031.json"),
            CalendarYear(data: calendarJSON(year: 2030, holidays: ["2030-01-01"]), source: "2030.json"),
        ])
        #expect(calendar.coveredYears == [2030, 2031])
        #expect(try !calendar.isWorkingDay(beijingMinute("2030-01-01 10:00")))  // Tuesday, listed as a holiday
        #expect(try calendar.isWorkingDay(beijingMinute("2031-01-01 10:00")))  // Wednesday, not listed
    }

    private func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("business-time-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }
}
