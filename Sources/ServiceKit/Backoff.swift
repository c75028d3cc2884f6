import Synchronization

/// Doubling waits between retries of a failing dependency, from 100 ms up to 10 s, reset by a success.
final class Backoff: Sendable {
    private let attempt = Mutex(0)

    func next() -> Duration {
        let step = attempt.withLock { attempt in
            defer { attempt += 1 }
            return min(attempt, 7)
        }
        return .milliseconds(min(100 << step, 10_000))
    }

    func reset() { attempt.withLock { $0 = 0 } }
}
