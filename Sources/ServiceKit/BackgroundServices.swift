import Foundation
import Logging
import ServiceLifecycle
import Synchronization

/// Services running in the background, in one service group, until `stop` shuts them down gracefully: the replay's
/// services, and those of a test.
public final class BackgroundServices: Sendable {
    private let group: ServiceGroup
    private let task: Task<Void, any Error>
    private let ended: EndMark

    public init(_ services: [any Service], logger: Logger) {
        let group = ServiceGroup(services: services, logger: logger)
        self.group = group
        let ended = EndMark()
        self.ended = ended
        task = Task {
            defer { ended.flag.withLock { $0 = true } }
            try await group.run()
        }
    }

    /// Graceful shutdown (the runner finishes its batch, the relay drains), then waits for the group to end.
    public func stop() async throws {
        await group.triggerGracefulShutdown()
        try await task.value
    }

    /// Whether the group has ended, by a shutdown or because a service stopped.
    public var hasEnded: Bool { ended.flag.withLock { $0 } }

    /// Waits for the group to end by itself (a simulated crash ends it).
    public func finished() async throws { try await task.value }
}

/// Set once the group's task has returned.
private final class EndMark: Sendable {
    let flag = Mutex(false)
}
