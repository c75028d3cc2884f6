import CivilTime
import Foundation
import Testing

/// Day counts, months and weekdays, checked against Foundation's Gregorian calendar where the two can be compared.
@Suite struct CivilDateTests {
    /// Foundation's calendar switches to Julian dates before 1582, so the comparison starts after that.
    private let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        return calendar
    }()

    @Test func dayCountsAgreeWithFoundationFrom1600To2400() throws {
        let first = try #require(CivilDate(year: 1600, month: 1, day: 1)).daysSince1970
        let last = try #require(CivilDate(year: 2400, month: 12, day: 31)).daysSince1970
        for days in stride(from: first, through: last, by: 7) {
            let date = CivilDate(daysSince1970: days)
            let parts = utc.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(days) * 86_400))
            #expect([date.year, date.month, date.day] == [parts.year, parts.month, parts.day], "\(days)")
            #expect(date.daysSince1970 == days)
        }
    }

    @Test func theDayAfterCrossesMonthsYearsAndLeapDays() throws {
        #expect(try #require(CivilDate(parsing: "2024-02-28")).next.description == "2024-02-29")
        #expect(try #require(CivilDate(parsing: "2024-02-29")).next.description == "2024-03-01")
        #expect(try #require(CivilDate(parsing: "2025-12-31")).next.description == "2026-01-01")
    }

    @Test func weekendsAgreeWithFoundation() throws {
        let first = try #require(CivilDate(year: 1969, month: 12, day: 1)).daysSince1970
        for days in first..<(first + 25_000) {
            let weekday = utc.component(.weekday, from: Date(timeIntervalSince1970: Double(days) * 86_400))
            #expect(CivilDate(daysSince1970: days).isWeekend == (weekday == 1 || weekday == 7), "\(days)")
        }
    }

    @Test(arguments: [
        ("2026-03-31", -1, "2026-02-28"), ("2024-03-31", -1, "2024-02-29"), ("2026-01-15", -1, "2025-12-15"),
        ("2026-03-20", -1, "2026-02-20"), ("2025-11-30", 3, "2026-02-28"), ("2026-05-31", -13, "2025-04-30"),
    ])
    func addingMonthsKeepsTheDayOrTakesTheMonthsLast(start: String, months: Int, expected: String) throws {
        #expect(try #require(CivilDate(parsing: start)).adding(months: months).description == expected)
    }

    @Test(arguments: ["2026-02-30", "2026-13-01", "2026-00-10", "2026-1-01", "2026/01/01", "２０２６-01-01", "2026-01-01 "])
    func parsingRefusesWhatIsNotAFullDateThatExists(text: String) {
        #expect(CivilDate(parsing: text) == nil)
    }
}
