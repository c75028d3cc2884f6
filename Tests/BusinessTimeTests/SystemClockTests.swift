import BusinessTime
import Foundation
import Testing

/// Real time, as production services read it.
@Suite struct SystemClockTests {
    @Test func nowIsTheSystemTime() {
        #expect(abs(SystemClock().now.timeIntervalSinceNow) < 5)
    }

    @Test func sleepReturnsOnceTheDeadlineHasPassed() async throws {
        let clock = SystemClock()
        let deadline = clock.now.addingTimeInterval(0.05)
        try await clock.sleep(until: deadline)
        #expect(clock.now >= deadline)
        try await clock.sleep(until: deadline.addingTimeInterval(-3600))
    }

    @Test func cancellingASleeperThrowsCancellationError() async throws {
        let sleeper = Task { try await SystemClock().sleep(until: Date().addingTimeInterval(3600)) }
        sleeper.cancel()
        await #expect(throws: CancellationError.self) { try await sleeper.value }
    }
}
