import Foundation
import Synchronization

/// A dedicated OS thread that repeats a blocking librdkafka call (a poll with a timeout) and runs other blocking work
/// handed to it, so none of it occupies Swift's cooperative thread pool.
///
/// `@unchecked Sendable`: all mutable state is behind the `Mutex`.
final class PollThread: @unchecked Sendable {
    private struct State {
        var jobs: [() -> Void] = []
        var stopping = false
    }

    private let state = Mutex(State())

    /// Starts the thread. `owner` is kept alive until the thread ends, so the handle `tick` uses cannot be freed
    /// underneath it.
    init(name: String, owner: any AnyObject & Sendable, tick: @escaping @Sendable () -> Void) {
        // The thread holds `self` until it ends, and `owner` with it.
        let thread = Thread { [self] in
            withExtendedLifetime(owner) {
                while true {
                    let (jobs, stopping) = self.state.withLock { state in
                        defer { state.jobs.removeAll() }
                        return (state.jobs, state.stopping)
                    }
                    for job in jobs { job() }
                    if stopping { break }
                    tick()
                }
            }
        }
        thread.name = name
        thread.start()
    }

    var isStopped: Bool { state.withLock { $0.stopping } }

    /// Runs `work` on the thread between two ticks and returns its result; `nil` once the thread is stopping.
    func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T? {
        await withCheckedContinuation { continuation in
            let accepted = state.withLock { state in
                guard !state.stopping else { return false }
                state.jobs.append { continuation.resume(returning: work()) }
                return true
            }
            if !accepted { continuation.resume(returning: nil) }
        }
    }

    /// Asks the thread to finish after its current tick.
    func stop() { state.withLock { $0.stopping = true } }
}
