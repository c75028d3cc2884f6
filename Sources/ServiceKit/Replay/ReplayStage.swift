import BusinessTime
import Contracts
import Foundation
import Kafka
import ServiceStore
import Synchronization

/// The replay's view of the services: whether they are quiet, how far time may move, and what they published.
///
/// `@unchecked Sendable`: `collected` and `lastSeen` are behind the `Mutex`; the rest is immutable.
final class ReplayStage: @unchecked Sendable {
    private let instances: [ServiceInstance]
    private let services: BackgroundServices
    private let clock: VirtualClock
    private let catalogue: TopicCatalogue
    private let admin: KafkaAdmin
    private let quietTimeout: Duration
    private let collected = Mutex<(lines: [String], lastSeen: [Int64])>(([], []))

    init(instances: [ServiceInstance], services: BackgroundServices, clock: VirtualClock, catalogue: TopicCatalogue, admin: KafkaAdmin, quietTimeout: Duration) {
        self.instances = instances
        self.services = services
        self.clock = clock
        self.catalogue = catalogue
        self.admin = admin
        self.quietTimeout = quietTimeout
        collected.withLock { $0.lastSeen = Array(repeating: 0, count: instances.count) }
    }

    var output: [String] { collected.withLock { $0.lines } }

    /// Moves the clock to `target`, stopping at every stored deadline on the way and letting the services settle
    /// at each stop, so a deadline fires at its own time and what it causes is published before time moves on.
    func advance(to target: Date) async throws {
        while true {
            try await settle()
            let due = try instances.compactMap { try $0.runner.nextDueTime() }.min()
            guard let due, due <= target else { break }
            clock.advance(to: due)
        }
        clock.advance(to: target)
        try await settle()
    }

    /// Waits until quiet, then records what was published since the last time.
    private func settle() async throws {
        let deadline = ContinuousClock.now + quietTimeout
        var quietInARow = 0
        while quietInARow < 2 {
            guard ContinuousClock.now < deadline else { throw ReplayError.neverQuiet(at: clock.now, waited: quietTimeout) }
            // A service that stopped (an error it could not get past) would otherwise look busy forever.
            if !instances.isEmpty, services.hasEnded { throw ReplayError.serviceStopped(at: clock.now) }
            quietInARow = try await isQuiet() ? quietInARow + 1 : 0
            try await Task.sleep(for: .milliseconds(5))
        }
        try collect()
    }

    /// Quiet: no outbox holds an unsent event, every service has applied every message of its topics, and nothing
    /// stored is due. The outboxes are looked at again last, because a transaction that catches up on offsets also
    /// writes its events.
    private func isQuiet() async throws -> Bool {
        guard try outboxesEmpty() else { return false }
        for instance in instances {
            let applied = try instance.database.read { db in try ConsumedOffsets.all(in: db) }
            for topic in instance.definition.topics {
                for partition in 0..<catalogue.definition(of: topic).partitions {
                    let position = TopicPartition(topic: topic.rawValue, partition: Int32(partition))
                    let end = try await admin.watermarks(of: position).high
                    if end > 0 && (applied[position] ?? 0) < end { return false }
                }
            }
            if let due = try instance.runner.nextDueTime(), due <= clock.now { return false }
        }
        return try outboxesEmpty()
    }

    private func outboxesEmpty() throws -> Bool {
        return try instances.allSatisfy { instance in try instance.database.read { db in try Outbox.backlog(in: db) } == 0 }
    }

    /// Appends the events sent since the last call in a deterministic order: by time, by place in the pipeline,
    /// by key, and for one key by the order its service wrote them (one key lives in one partition, so that order
    /// does not depend on how partitions interleaved).
    private func collect() throws {
        try collected.withLock { state in
            var window: [(entry: OutboxEntry, service: Int)] = []
            for (index, instance) in instances.enumerated() {
                let after = state.lastSeen[index]
                let entries = try instance.database.read { db in try Outbox.sent(after: after, in: db) }
                if let last = entries.last { state.lastSeen[index] = last.sequence }
                window += entries.map { ($0, index) }
            }
            window.sort { lhs, rhs in
                let left = lhs.entry, right = rhs.entry
                if left.createdAt != right.createdAt { return left.createdAt < right.createdAt }
                let leftRank = Self.pipelineRank(left.topic), rightRank = Self.pipelineRank(right.topic)
                if leftRank != rightRank { return leftRank < rightRank }
                if (left.key ?? "") != (right.key ?? "") { return (left.key ?? "") < (right.key ?? "") }
                if lhs.service != rhs.service { return lhs.service < rhs.service }
                return left.sequence < right.sequence
            }
            state.lines += window.map { Self.line(for: $0.entry) }
        }
    }

    /// The order of the architecture's flow: intake's output first, the scores and dead letters last.
    private static func pipelineRank(_ topic: String) -> Int {
        let order: [TopicName] = [
            .complaintsRegistered, .complaintsAssignments, .complaintsEscalations, .complaintsCallbacks,
            .complaintsClosed, .complaintsScores, .complaintsDeadletter,
        ]
        return TopicName(rawValue: topic).flatMap { order.firstIndex(of: $0) } ?? order.count
    }

    /// `{"at":…,"topic":…,"type":…,"key":…,"data":…}` with the event's own JSON as `data`, byte for byte.
    private static func line(for entry: OutboxEntry) -> String {
        func quoted(_ text: String?) -> String {
            guard let text else { return "null" }
            return String(decoding: (try? ContractJSON.encode(text)) ?? Data("null".utf8), as: UTF8.self)
        }
        return "{\"at\":\(quoted(Timestamp.format(entry.createdAt))),\"topic\":\(quoted(entry.topic)),"
            + "\"type\":\(quoted(entry.type)),\"key\":\(quoted(entry.key)),\"data\":"
            + String(decoding: entry.value, as: UTF8.self) + "}"
    }
}

/// Why a replay stopped.
public enum ReplayError: Error, CustomStringConvertible {
    /// The services kept working (or never caught up) for longer than the replay waits.
    case neverQuiet(at: Date, waited: Duration)
    /// A service stopped during the replay; its log says why.
    case serviceStopped(at: Date)

    public var description: String {
        switch self {
        case .neverQuiet(let at, let waited):
            "the services were not quiet within \(waited) at virtual time \(Timestamp.format(at))"
        case .serviceStopped(let at):
            "a service stopped at virtual time \(Timestamp.format(at)); see its log"
        }
    }
}
