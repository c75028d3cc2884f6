import Contracts
import Foundation
import Testing

/// RFC 3339 as the contract writes it (Asia/Shanghai, milliseconds only when present) and reads it (any offset).
@Suite struct TimestampTests {
    /// 2026-03-02T01:00:00Z, which is 09:00 in Shanghai.
    private let nineInShanghai = Date(timeIntervalSince1970: 1_772_413_200)

    @Test func writesShanghaiTimeWithoutFractionWhenThereIsNone() {
        #expect(Timestamp.format(nineInShanghai) == "2026-03-02T09:00:00+08:00")
    }

    @Test func writesMillisecondsWhenThereAreAny() {
        #expect(Timestamp.format(nineInShanghai.addingTimeInterval(0.25)) == "2026-03-02T09:00:00.250+08:00")
        #expect(Timestamp.format(nineInShanghai.addingTimeInterval(0.0004)) == "2026-03-02T09:00:00+08:00")
        #expect(Timestamp.format(nineInShanghai.addingTimeInterval(-0.001)) == "2026-03-02T08:59:59.999+08:00")
    }

    @Test func crossesDaysAndYearsInShanghaiNotUTC() {
        // 2025-12-31T16:00:00Z is already New Year in Shanghai.
        #expect(Timestamp.format(Date(timeIntervalSince1970: 1_767_196_800)) == "2026-01-01T00:00:00+08:00")
        #expect(Timestamp.format(Date(timeIntervalSince1970: 1_709_136_000)) == "2024-02-29T00:00:00+08:00")
        #expect(Timestamp.format(Date(timeIntervalSince1970: -28_800)) == "1970-01-01T00:00:00+08:00")
    }

    @Test(arguments: [
        "2026-03-02T09:00:00+08:00", "2026-03-02T01:00:00Z", "2026-03-02T01:00:00z", "2026-03-02t01:00:00.000Z",
        "2026-03-01T20:00:00-05:00", "2026-03-02T06:30:00+05:30", "2026-03-02T01:00:00.0000001Z",
    ])
    func readsAnyOffsetAndFraction(text: String) throws {
        #expect(Timestamp.parse(text) == nineInShanghai, "\(text)")
    }

    @Test func readsFractionsToTheMillisecond() throws {
        let date = try #require(Timestamp.parse("2026-03-02T01:00:00.1234567Z"))
        #expect(Timestamp.format(date) == "2026-03-02T09:00:00.123+08:00")
        #expect(Timestamp.parse("2026-03-02T01:00:00.5Z") == nineInShanghai.addingTimeInterval(0.5))
        #expect(Timestamp.parse("2026-03-02T00:59:59.9996Z") == nineInShanghai)
    }

    @Test(arguments: [
        "2026-03-02", "2026-03-02T09:00:00", "2026-03-02 09:00:00+08:00", "2026-02-29T09:00:00Z",
        "2026-13-01T09:00:00Z", "2026-03-02T24:00:00Z", "2026-03-02T09:60:00Z", "2026-03-02T09:00:60Z",
        "2026-03-02T09:00:00.Z", "2026-03-02T09:00:00+0800", "2026-03-02T09:00:00+24:00", "0000-01-01T00:00:00Z",
        "2026-03-02T09:00:00Z ", "２０２６-03-02T09:00:00Z", "",
    ])
    func refusesWhatIsNotRFC3339(text: String) {
        #expect(Timestamp.parse(text) == nil, "\(text)")
    }

    @Test func writtenTimesReadBackEqual() throws {
        for offset in stride(from: -1.0, through: 1.0, by: 0.0137) {
            let date = Timestamp.rounded(nineInShanghai.addingTimeInterval(offset))
            #expect(Timestamp.parse(Timestamp.format(date)) == date)
        }
    }

    @Test func payloadDatesUseTheSameFormat() throws {
        let due = CallbackOverdue(ticketNo: "t", unit: "u", dueAt: nineInShanghai, step: .c1, attempt: 1)
        let text = String(decoding: try ContractJSON.encode(due), as: UTF8.self)
        #expect(text == #"{"attempt":1,"dueAt":"2026-03-02T09:00:00+08:00","step":"C1","ticketNo":"t","unit":"u"}"#)
    }
}
