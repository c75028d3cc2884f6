import BusinessTime
import Foundation
import TestFixtures
import Testing

/// Virtual time at `speed` times real time, driven here by a `VirtualClock` standing in for real time.
@Suite struct AcceleratedClockTests {
    /// Real instant the virtual start corresponds to.
    let anchor = Date(timeIntervalSince1970: 1_900_000_000)
    /// 2026-02-13 10:00 in Beijing.
    let start = Date(timeIntervalSince1970: 1_770_948_000)

    @Test func timeRunsSpeedTimesFasterFromTheAnchor() throws {
        let real = VirtualClock(start: anchor)
        let clock = try AcceleratedClock(start: start, anchor: anchor, speed: 60, real: real)
        #expect(clock.now == start)
        real.advance(by: .seconds(1))
        #expect(clock.now == start.addingTimeInterval(60))
        real.advance(by: .seconds(59))
        #expect(clock.now == start.addingTimeInterval(3600))
    }

    @Test func beforeTheAnchorTimeIsBeforeTheStart() throws {
        let real = VirtualClock(start: anchor.addingTimeInterval(-10))
        let clock = try AcceleratedClock(start: start, anchor: anchor, speed: 2, real: real)
        #expect(clock.now == start.addingTimeInterval(-20))
    }

    /// A process started later with the same settings reads the same time: only the anchor matters.
    @Test func clocksWithTheSameSettingsAgreeWhenEverTheyWereMade() throws {
        let real = VirtualClock(start: anchor.addingTimeInterval(5))
        let early = try AcceleratedClock(start: start, anchor: anchor, speed: 120, real: real)
        real.advance(by: .seconds(300))
        let late = try AcceleratedClock(start: start, anchor: anchor, speed: 120, real: real)
        #expect(early.now == late.now)
        #expect(late.now == start.addingTimeInterval(305 * 120))
    }

    @Test func sleepWaitsTheVirtualTimeDividedBySpeed() async throws {
        let real = VirtualClock(start: anchor)
        let clock = try AcceleratedClock(start: start, anchor: anchor, speed: 60, real: real)
        let deadline = start.addingTimeInterval(3600)
        let sleeper = Task { try await clock.sleep(until: deadline) }
        #expect(await eventually { real.sleeperCount == 1 })
        #expect(real.nextWakeUp == anchor.addingTimeInterval(60))

        real.advance(by: .seconds(59))
        try await Task.sleep(for: .milliseconds(20))
        #expect(real.sleeperCount == 1)

        real.advance(by: .seconds(1))
        try await sleeper.value
        #expect(clock.now == deadline)
    }

    /// Speeds whose division rounds must still return no earlier than the deadline, or a re-sleeping caller spins.
    @Test(arguments: [3.0, 7.0, 0.3, 1e6])
    func sleepReturnsOnlyOnceTheDeadlineIsReached(speed: Double) async throws {
        let real = VirtualClock(start: anchor)
        let clock = try AcceleratedClock(start: start, anchor: anchor, speed: speed, real: real)
        let deadline = start.addingTimeInterval(1)
        let sleeper = Task { try await clock.sleep(until: deadline) }
        #expect(await eventually { real.sleeperCount == 1 })
        real.advanceToNextWakeUp()
        try await sleeper.value
        #expect(clock.now >= deadline)
    }

    @Test func cancellingASleeperThrowsCancellationError() async throws {
        let real = VirtualClock(start: anchor)
        let clock = try AcceleratedClock(start: start, anchor: anchor, speed: 60, real: real)
        let sleeper = Task { try await clock.sleep(until: start.addingTimeInterval(3600)) }
        #expect(await eventually { real.sleeperCount == 1 })
        sleeper.cancel()
        await #expect(throws: CancellationError.self) { try await sleeper.value }
        #expect(real.sleeperCount == 0)
    }

    @Test(arguments: [0.0, -1.0, .nan, .infinity])
    func speedMustBeFiniteAndPositive(speed: Double) {
        #expect(throws: ClockConfigurationError(problems: [.invalidSpeed("\(speed)")])) {
            try AcceleratedClock(start: start, anchor: anchor, speed: speed)
        }
    }

    /// The public initializer runs on the system clock: 1000× makes two virtual seconds two real milliseconds.
    @Test func systemBackedClockSleepsBriefly() async throws {
        let clock = try AcceleratedClock(start: start, anchor: Date(), speed: 1000)
        let deadline = clock.now.addingTimeInterval(2)
        try await clock.sleep(until: deadline)
        #expect(clock.now >= deadline)
    }
}
