import BusinessTime
import Foundation
import TestFixtures
import Testing

/// The clock tests and replays drive by hand.
@Suite struct VirtualClockTests {
    let start = Date(timeIntervalSince1970: 1_771_000_000)

    @Test func timeStandsStillUntilAdvanced() async throws {
        let clock = VirtualClock(start: start)
        try await Task.sleep(for: .milliseconds(20))
        #expect(clock.now == start)
        clock.advance(by: .seconds(90))
        #expect(clock.now == start.addingTimeInterval(90))
        clock.advance(to: start.addingTimeInterval(3600))
        #expect(clock.now == start.addingTimeInterval(3600))
    }

    @Test func timeNeverMovesBackwards() {
        let clock = VirtualClock(start: start)
        clock.advance(to: start.addingTimeInterval(-60))
        clock.advance(by: .seconds(-60))
        #expect(clock.now == start)
    }

    @Test func sleepUntilAPassedDeadlineReturnsAtOnce() async throws {
        let clock = VirtualClock(start: start)
        try await clock.sleep(until: start)
        try await clock.sleep(until: start.addingTimeInterval(-1))
        #expect(clock.sleeperCount == 0)
    }

    /// Three sleepers registered out of order; each step wakes only those whose deadline has come.
    @Test func sleepersWakeInDeadlineOrderOnlyWhenAdvanced() async throws {
        let clock = VirtualClock(start: start)
        let deadlines = [30, 10, 20].map { start.addingTimeInterval(TimeInterval($0)) }
        let sleepers = deadlines.map { deadline in
            Task { try await clock.sleep(until: deadline) }
        }
        #expect(await eventually { clock.sleeperCount == 3 })
        #expect(clock.nextWakeUp == deadlines[1])

        clock.advance(by: .seconds(5))
        try await Task.sleep(for: .milliseconds(20))
        #expect(clock.sleeperCount == 3)

        #expect(clock.advanceToNextWakeUp() == deadlines[1])
        try await sleepers[1].value
        #expect(clock.sleeperCount == 2)
        #expect(clock.nextWakeUp == deadlines[2])

        clock.advance(to: start.addingTimeInterval(25))
        try await sleepers[2].value
        #expect(clock.sleeperCount == 1)
        #expect(clock.nextWakeUp == deadlines[0])

        clock.advance(by: .seconds(60))
        try await sleepers[0].value
        #expect(clock.nextWakeUp == nil)
        #expect(clock.advanceToNextWakeUp() == nil)
    }

    @Test func oneAdvanceWakesEverySleeperThatIsDue() async throws {
        let clock = VirtualClock(start: start)
        let sleepers = (1...5).map { seconds in
            Task { try await clock.sleep(until: start.addingTimeInterval(TimeInterval(seconds))) }
        }
        #expect(await eventually { clock.sleeperCount == 5 })
        clock.advance(by: .seconds(3))
        for sleeper in sleepers[0..<3] {
            try await sleeper.value
        }
        #expect(clock.sleeperCount == 2)
        #expect(clock.nextWakeUp == start.addingTimeInterval(4))
        clock.advance(by: .seconds(2))
        for sleeper in sleepers[3...] {
            try await sleeper.value
        }
    }

    @Test func cancellingASleeperResumesItWithCancellationError() async throws {
        let clock = VirtualClock(start: start)
        let sleeper = Task { try await clock.sleep(until: start.addingTimeInterval(60)) }
        #expect(await eventually { clock.sleeperCount == 1 })
        sleeper.cancel()
        await #expect(throws: CancellationError.self) { try await sleeper.value }
        #expect(clock.sleeperCount == 0)
        #expect(clock.nextWakeUp == nil)
        #expect(clock.now == start)
    }

    @Test func sleepingInACancelledTaskThrowsAtOnce() async throws {
        let clock = VirtualClock(start: start)
        let sleeper = Task {
            while !Task.isCancelled { await Task.yield() }
            try await clock.sleep(until: start.addingTimeInterval(60))
        }
        sleeper.cancel()
        await #expect(throws: CancellationError.self) { try await sleeper.value }
        #expect(clock.sleeperCount == 0)
    }
}
