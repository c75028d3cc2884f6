import CivilTime
import Foundation
import Testing

/// The one RFC 3339 reader both the contracts and the clock configuration use.
@Suite struct RFC3339DateTimeTests {
    @Test func fieldsOffsetAndFractionAreRead() throws {
        let time = try #require(RFC3339DateTime("2026-02-13T10:20:30.12345-05:30"))
        #expect(time.date.description == "2026-02-13")
        #expect("\(time.hour):\(time.minute):\(time.second)" == "10:20:30")
        #expect(time.fractionDigits == "12345")
        #expect(time.offsetSeconds == -(5 * 3600 + 30 * 60))
        #expect(time.millisecond == 123)
    }

    @Test func theInstantKeepsTheWholeFractionAndTheMillisecondRoundsIt() throws {
        let time = try #require(RFC3339DateTime("2026-02-13T02:00:00.9996Z"))
        #expect(time.secondsSince1970 == 1_770_948_000)
        #expect(time.instant == Date(timeIntervalSince1970: 1_770_948_000.9996))
        #expect(time.millisecond == 1000)
    }

    @Test func aSpaceSeparatesDateAndTimeOnlyWhenAllowed() {
        #expect(RFC3339DateTime("2026-02-13 10:00:00+08:00") == nil)
        #expect(RFC3339DateTime("2026-02-13 10:00:00+08:00", allowingSpace: true)?.hour == 10)
    }

    @Test(arguments: [
        "2026-02-30T10:00:00Z", "2026-02-13T24:00:00Z", "2026-02-13T10:60:00Z", "2026-02-13T10:00:60Z",
        "2026-02-13T10:00:00", "2026-02-13T10:00:00.Z", "2026-02-13T10:00:00+0800", "2026-02-13T10:00:00+24:00",
        "2026-02-13T10:00:00+08:60", "2026-02-13T10:00:00Z ", "2026-02-13T10:00Z", "",
    ])
    func refusesWhatIsNotAStrictDateTime(text: String) {
        #expect(RFC3339DateTime(text, allowingSpace: true) == nil)
    }
}
