import Foundation

/// Where a service reads the current time; domain code never reads the system clock itself.
public protocol WallClock: Sendable {
    /// The current instant on this clock.
    var now: Date { get }

    /// Returns once `now` has reached `deadline` (at once if it already has); throws `CancellationError` when the
    /// calling task is cancelled, including when it was cancelled before the call.
    func sleep(until deadline: Date) async throws
}
