import Foundation

/// Real time: the system's wall clock.
public struct SystemClock: WallClock {
    /// Longest single wait: if the wall clock is stepped (NTP, an operator), a sleeper notices within this time
    /// instead of waking hours late or early on the monotonic timer `Task.sleep` uses.
    private static let longestWait: TimeInterval = 60

    /// The system clock.
    public init() {}

    /// The system's current time.
    public var now: Date { Date() }

    /// Sleeps on `Task.sleep` until the wall clock reads `deadline`.
    public func sleep(until deadline: Date) async throws {
        try Task.checkCancellation()
        while true {
            let remaining = deadline.timeIntervalSince(Date())
            guard remaining > 0 else { return }
            try await Task.sleep(for: .seconds(min(remaining, Self.longestWait)))
        }
    }
}
