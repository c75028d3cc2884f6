import Foundation
import Synchronization

/// A clock that moves only when told to: tests and replays set the time, and sleepers wake when it passes their
/// deadline.
///
/// Time never goes backwards: `advance(to:)` with an earlier instant, or `advance(by:)` with a negative duration,
/// leaves the clock where it is (a replay driver racing another one must not undo its progress).
public final class VirtualClock: WallClock {
    private struct Sleeper {
        var deadline: Date
        var continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var now: Date
        var sleepers: [UInt64: Sleeper] = [:]
        var nextID: UInt64 = 0
    }

    private let state: Mutex<State>

    /// A clock reading `start` until advanced.
    public init(start: Date) {
        state = Mutex(State(now: start))
    }

    /// The clock's current instant.
    public var now: Date { state.withLock { $0.now } }

    /// The earliest deadline a task is sleeping until, or nil when nobody sleeps: where a replay driver jumps to when
    /// everything else is quiet.
    public var nextWakeUp: Date? {
        state.withLock { $0.sleepers.values.map(\.deadline).min() }
    }

    /// How many tasks are sleeping on this clock.
    public var sleeperCount: Int { state.withLock { $0.sleepers.count } }

    /// Sleeps until the clock is advanced to `deadline` or beyond; returns at once if it already is.
    public func sleep(until deadline: Date) async throws {
        let id = state.withLock { state in
            defer { state.nextID += 1 }
            return state.nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                // Checked under the lock: a cancellation either is already visible here, or its handler runs later
                // and finds the sleeper registered. Either way the task is resumed exactly once.
                let immediate: Result<Void, any Error>? = state.withLock { state in
                    if Task.isCancelled { return .failure(CancellationError()) }
                    if deadline <= state.now { return .success(()) }
                    state.sleepers[id] = Sleeper(deadline: deadline, continuation: continuation)
                    return nil
                }
                if let immediate {
                    continuation.resume(with: immediate)
                }
            }
        } onCancel: {
            let sleeper = state.withLock { $0.sleepers.removeValue(forKey: id) }
            sleeper?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Moves the clock to `instant` (if later than now) and wakes every sleeper whose deadline has come, earliest
    /// deadline first.
    public func advance(to instant: Date) {
        advance { _ in instant }
    }

    /// Moves the clock forward by `duration` (a negative duration is ignored) and wakes the sleepers that are due.
    public func advance(by duration: Duration) {
        advance { $0.now.addingTimeInterval(duration.timeInterval) }
    }

    /// Jumps to the earliest sleeper's deadline and wakes it (and any sleeper due at the same instant); returns that
    /// instant, or nil when nobody sleeps.
    @discardableResult
    public func advanceToNextWakeUp() -> Date? {
        advance { $0.sleepers.values.map(\.deadline).min() }
    }

    /// Moves to the instant `target` picks (read and moved under one lock, so concurrent callers cannot interleave)
    /// and resumes the sleepers that are due; returns the instant picked.
    @discardableResult
    private func advance(_ target: (State) -> Date?) -> Date? {
        let (instant, due): (Date?, [Sleeper]) = state.withLock { state in
            guard let instant = target(state) else { return (nil, []) }
            guard instant > state.now else { return (instant, []) }
            state.now = instant
            let ids = state.sleepers
                .filter { $0.value.deadline <= instant }
                .sorted { ($0.value.deadline, $0.key) < ($1.value.deadline, $1.key) }
                .map(\.key)
            return (instant, ids.compactMap { state.sleepers.removeValue(forKey: $0) })
        }
        // Resumed outside the lock, earliest deadline first: a resumed task may read the clock at once.
        for sleeper in due {
            sleeper.continuation.resume()
        }
        return instant
    }
}

extension Duration {
    /// The duration in seconds, as Foundation counts time (for moving a `Date` by it).
    package var timeInterval: TimeInterval {
        let (seconds, attoseconds) = components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}
