import BusinessTime
import Foundation
import TestFixtures
import Testing

/// Reading the clock settings from command-line or environment strings.
@Suite struct ClockConfigurationTests {
    @Test func absentKindIsTheSystemClock() throws {
        #expect(try ClockConfiguration(kind: nil, start: nil, anchor: nil, speed: nil) == .system)
        #expect(try ClockConfiguration(kind: "  ", start: "", anchor: nil, speed: nil) == .system)
        #expect(try ClockConfiguration(kind: "System", start: nil, anchor: nil, speed: nil) == .system)
    }

    @Test func virtualClockNeedsAStart() throws {
        let configuration = try ClockConfiguration(kind: "virtual", start: "2026-02-13T10:00:00+08:00", anchor: nil, speed: nil)
        #expect(try configuration == .virtual(start: beijingMinute("2026-02-13 10:00")))
    }

    @Test func acceleratedClockReadsStartAnchorAndSpeed() throws {
        let configuration = try ClockConfiguration(
            kind: "accelerated",
            start: "2026-02-13T02:00:00Z",
            anchor: "2026-05-01T08:30:00.5+08:00",
            speed: "60.5"
        )
        let anchor = try beijingMinute("2026-05-01 08:30").addingTimeInterval(0.5)
        #expect(try configuration == .accelerated(start: beijingMinute("2026-02-13 10:00"), anchor: anchor, speed: 60.5))
    }

    @Test func everyProblemIsListedAtOnce() {
        #expect(throws: ClockConfigurationError(problems: [
            .malformedInstant(.start, "2026-02-30T10:00:00+08:00"),
            .missing(.anchor, kind: "accelerated"),
            .invalidSpeed("fast"),
        ])) {
            try ClockConfiguration(kind: "accelerated", start: "2026-02-30T10:00:00+08:00", anchor: nil, speed: "fast")
        }
    }

    @Test func messageListsEveryProblemOnOneLine() {
        let error = ClockConfigurationError(problems: [.missing(.start, kind: "virtual"), .invalidSpeed("fast")])
        #expect(error.description == #"a virtual clock needs start; speed "fast" is not a decimal number greater than 0"#)
    }

    @Test func unknownKindStillChecksTheOtherValues() {
        #expect(throws: ClockConfigurationError(problems: [
            .unknownKind("turbo"),
            .malformedInstant(.start, "yesterday"),
            .invalidSpeed("0"),
        ])) {
            try ClockConfiguration(kind: "turbo", start: "yesterday", anchor: nil, speed: "0")
        }
    }

    /// A speed without `kind=accelerated` is most likely a forgotten kind, not a wish for real time.
    @Test func settingsTheKindDoesNotUseAreRefused() {
        #expect(throws: ClockConfigurationError(problems: [.notApplicable(.speed, kind: "system")])) {
            try ClockConfiguration(kind: nil, start: nil, anchor: nil, speed: "60")
        }
        #expect(throws: ClockConfigurationError(problems: [
            .notApplicable(.anchor, kind: "virtual"),
            .notApplicable(.speed, kind: "virtual"),
        ])) {
            try ClockConfiguration(kind: "virtual", start: "2026-02-13T10:00:00Z", anchor: "2026-02-13T10:00:00Z", speed: "2")
        }
    }

    @Test(arguments: ["0", "-2", "+2", "inf", "nan", "1e3", "0x10"])
    func speedMustBeAPositiveDecimal(speed: String) {
        let start = "2026-02-13T10:00:00+08:00"
        #expect(throws: ClockConfigurationError(problems: [.invalidSpeed(speed)])) {
            try ClockConfiguration(kind: "accelerated", start: start, anchor: start, speed: speed)
        }
    }

    /// Values from hand-edited environment files often carry blanks.
    @Test func surroundingBlanksAreIgnored() throws {
        let configuration = try ClockConfiguration(kind: " virtual ", start: " 2026-02-13T10:00:00+08:00\t", anchor: nil, speed: nil)
        #expect(try configuration == .virtual(start: beijingMinute("2026-02-13 10:00")))
    }

    @Test(arguments: [
        "2026-02-13T10:00:00",  // no offset: which zone would it be?
        "2026-02-13",
        "2026-02-13T24:00:00Z",
        "2026-02-13T10:00Z",
        "2026-02-13T10:00:00+0800",
        "2026-02-13T10:00:00.Z",
        "2026-02-13T10:00:00Z trailing",
    ])
    func startMustBeAnRFC3339Timestamp(start: String) {
        #expect(throws: ClockConfigurationError(problems: [.malformedInstant(.start, start)])) {
            try ClockConfiguration(kind: "virtual", start: start, anchor: nil, speed: nil)
        }
    }

    @Test func makeClockBuildsTheConfiguredClock() throws {
        let start = try beijingMinute("2026-02-13 10:00")
        #expect(try ClockConfiguration.system.makeClock() is SystemClock)
        let virtual = try #require(try ClockConfiguration.virtual(start: start).makeClock() as? VirtualClock)
        #expect(virtual.now == start)
        let accelerated = try ClockConfiguration.accelerated(start: start, anchor: Date(), speed: 60).makeClock()
        #expect((accelerated as? AcceleratedClock)?.speed == 60)
        #expect(throws: ClockConfigurationError(problems: [.invalidSpeed("0.0")])) {
            try ClockConfiguration.accelerated(start: start, anchor: start, speed: 0).makeClock()
        }
    }
}
