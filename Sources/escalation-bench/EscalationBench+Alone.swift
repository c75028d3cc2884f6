import Broker
import Contracts
import Foundation
import Kafka
import Logging
import ServiceKit
import ServiceStore
import TestSupport

extension EscalationBench {
    /// The escalation executable in its own process, once on each workload, the mock cluster and the producer staying
    /// in this one: the firing (on a copy of the pending store, its clock accelerated as the in-process run's) and
    /// one throughput run (on a copy of the throughput store, its messages staged before it starts, as after an
    /// outage). Returns the service's peak RSS in each, in megabytes, and prints its firing lag beside.
    func measureAlone(
        _ service: SeparateService, _ escalation: ServiceDefinition, pendingStore: URL, throughputStore: URL,
        traffic: EscalationTraffic, catalogue: TopicCatalogue, logger: Logger
    ) async throws -> (firing: Double, throughput: Double) {
        typealias Key = ServiceConfiguration.Key
        let (due, events, speed, scratch) = (due, events, speed, pendingStore.deletingLastPathComponent())

        let firingStore = scratch.appendingPathComponent("alone-firing.sqlite")
        // Checkpointed and closed here, for the service's process to open alone.
        let (urge, step) = try { () throws -> (Date, Date) in
            let seeded = try seedFiring(escalation, from: pendingStore, at: firingStore, traffic: traffic)
            try seeded.database.checkpoint()
            return (seeded.urge, seeded.due)
        }()
        let firing = try await onCluster(catalogue, logger: logger) { cluster in
            let clock = [
                Key.clock: "accelerated", Key.clockStart: Timestamp.format(Self.firingStart(urge: urge)),
                Key.clockAnchor: Timestamp.format(Date()), Key.clockSpeed: "\(speed)",
            ]
            return try await service.peakMegabytes(
                store: firingStore, settings: clock, bootstrapServers: cluster.bootstrapServers
            ) { db in try FiringLag.sent(.deadlineMissed, in: db) >= due }
        }
        let misses = try ServiceDatabase(path: firingStore.path, migrations: escalation.migrations).read { db in
            try FiringLag.lags(of: .deadlineMissed, dueAt: step, speed: speed, in: db)
        }
        print("alone     the executable in its own process: \(misses.count) steps' lag to publication (real seconds) "
              + "\(misses.summary) (for comparison: the target is judged on the run above)")

        let store = scratch.appendingPathComponent("alone-throughput.sqlite")
        try FileManager.default.copyItem(at: throughputStore, to: store)
        let throughput = try await onCluster(catalogue, logger: logger) { cluster in
            let topics = try await ServiceThroughput.stage(
                count: events, on: KafkaConfiguration(bootstrapServers: cluster.bootstrapServers), logger: logger
            ) { try traffic.message($0, at: Self.start) }
            return try await service.peakMegabytes(
                store: store, settings: [Key.clock: "virtual", Key.clockStart: Timestamp.format(Self.start)],
                bootstrapServers: cluster.bootstrapServers
            ) { db in
                let consumed = try ConsumedOffsets.all(in: db).filter { topics.contains($0.key.topic) }.values.reduce(0, +)
                return try consumed >= Int64(events) && Outbox.backlog(in: db) == 0
            }
        }
        for file in [firingStore, store] { try? FileManager.default.removeItem(at: file) }
        return (firing, throughput)
    }

    /// Runs `work` with a fresh single-broker mock cluster holding the catalogue's topics.
    private func onCluster<T>(
        _ catalogue: TopicCatalogue, logger: Logger, _ work: (MockCluster) async throws -> T
    ) async throws -> T {
        let cluster = try MockCluster(brokers: 1, logger: logger)
        defer { withExtendedLifetime(cluster) {} }
        try cluster.createTopics(from: catalogue)
        return try await work(cluster)
    }
}
