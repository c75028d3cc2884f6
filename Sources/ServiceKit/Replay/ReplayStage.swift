import BusinessTime
import Contracts
import Foundation
import Kafka
import ServiceStore
import Synchronization

/// The replay's view of the services: whether they are quiet, how far time may move, and what they published.
///
/// Quiet is read from the services' own stores and the delivery reports the replay already holds, without asking
/// the broker: no outbox holds an unsent event, every service has applied every message its topics hold, and
/// nothing stored is due.
///
/// `@unchecked Sendable`: `lastSeen` is behind the `Mutex`; the rest is immutable.
final class ReplayStage: @unchecked Sendable {
    private let instances: [ServiceInstance]
    private let services: BackgroundServices
    private let clock: VirtualClock
    private let ends: DeliveredPositions
    private let quietTimeout: Duration
    private let output: @Sendable (String) -> Void
    private let lastSeen: Mutex<[Int64]>

    init(
        instances: [ServiceInstance], services: BackgroundServices, clock: VirtualClock, ends: DeliveredPositions,
        quietTimeout: Duration, output: @escaping @Sendable (String) -> Void
    ) {
        self.instances = instances
        self.services = services
        self.clock = clock
        self.ends = ends
        self.quietTimeout = quietTimeout
        self.output = output
        lastSeen = Mutex(Array(repeating: 0, count: instances.count))
    }

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

    /// Waits until quiet, then writes out what was published since the last time.
    private func settle() async throws {
        // A cancelled replay (Ctrl-C) stops at the next step, with what it wrote so far, even when every step is
        // quiet at once and nothing would wait.
        try Task.checkCancellation()
        let deadline = ContinuousClock.now + quietTimeout
        while try !isQuiet() {
            guard ContinuousClock.now < deadline else { throw ReplayError.neverQuiet(at: clock.now, waited: quietTimeout) }
            // A service that stopped (an error it could not get past) would otherwise look busy forever.
            if !instances.isEmpty, services.hasEnded { throw ReplayError.serviceStopped(at: clock.now) }
            try await Task.sleep(for: .milliseconds(1))
        }
        try collect()
    }

    /// The outboxes are looked at first and again last: a transaction that applies messages writes their events
    /// in the same commit, and a relay learns a log's new end before it marks the row sent.
    private func isQuiet() throws -> Bool {
        guard try outboxesEmpty() else { return false }
        for instance in instances {
            let ends = self.ends.ends(of: Set(instance.definition.topics.map(\.rawValue)))
            if !ends.isEmpty {
                let applied = try instance.database.read { db in try ConsumedOffsets.all(in: db) }
                if ends.contains(where: { position, end in (applied[position] ?? 0) < end }) { return false }
            }
            if let due = try instance.runner.nextDueTime(), due <= clock.now { return false }
        }
        return try outboxesEmpty()
    }

    private func outboxesEmpty() throws -> Bool {
        try instances.allSatisfy { instance in try instance.database.read { db in try Outbox.backlog(in: db) } == 0 }
    }

    /// Appends the events sent since the last call in a deterministic order: by time, by place in the pipeline,
    /// by key, and for one key by the order its service wrote them (one key lives in one partition, so that order
    /// does not depend on how partitions interleaved).
    private func collect() throws {
        try lastSeen.withLock { lastSeen in
            var window: [(entry: OutboxEntry, service: Int)] = []
            for (index, instance) in instances.enumerated() {
                let after = lastSeen[index]
                let entries = try instance.database.read { db in try Outbox.sent(after: after, in: db) }
                if let last = entries.last { lastSeen[index] = last.sequence }
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
            for item in window { output(Self.line(for: item.entry)) }
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
