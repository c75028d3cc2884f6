import Foundation
import Synchronization

/// What a runner is doing, for `/readyz` and for the replay's "is everything quiet" test.
package final class RunnerStatus: Sendable {
    package struct Snapshot: Sendable {
        /// The consumer joined its topics.
        package var subscribed = false
        /// The last poll brought nothing and nothing fell due.
        package var lastPollEmpty = false
        /// The earliest stored deadline, as of the last look.
        package var nextDue: Date?
    }

    private let state = Mutex(Snapshot())

    package var snapshot: Snapshot { state.withLock { $0 } }

    func update(_ change: (inout Snapshot) -> Void) { state.withLock { change(&$0) } }
}
