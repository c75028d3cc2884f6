import Broker
import BusinessTime
import Contracts
import Foundation
import GRDB
import Kafka
import Logging
import ServiceKit
import ServiceStore
import TestFixtures

/// How late a service publishes what its due deadlines decide, on an accelerated clock: its runner and relay run on
/// a fresh in-process cluster until the events wanted were published, and each event's lag is the real time from the
/// instant it fell due to the relay marking it sent (its delivery report; `sent_at` is in the service's clock).
/// `deadline-bench` and `escalation-bench` are built on it.
public struct FiringLag {
    public var definition: ServiceDefinition
    /// The service's database, already migrated and holding the deadlines.
    public var database: ServiceDatabase
    public var catalogue: TopicCatalogue
    public var clock: AcceleratedClock
    /// The working-day calendar, for services whose handlers need it.
    public var calendar: BusinessCalendar?
    public var logger: Logger

    public init(
        definition: ServiceDefinition, database: ServiceDatabase, catalogue: TopicCatalogue, clock: AcceleratedClock,
        calendar: BusinessCalendar? = nil, logger: Logger
    ) {
        self.definition = definition
        self.database = database
        self.catalogue = catalogue
        self.clock = clock
        self.calendar = calendar
        self.logger = logger
    }

    /// Lags in real seconds, sorted, with their percentiles.
    public struct Lags: Sendable {
        public let sorted: [Double]

        public init(_ lags: [Double]) { sorted = lags.sorted() }

        public var count: Int { sorted.count }
        public var p50: Double { percentile(0.5) }
        public var p99: Double { percentile(0.99) }
        public var max: Double { sorted.last ?? 0 }

        private func percentile(_ share: Double) -> Double {
            sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * share))]
        }

        /// `p50 … p99 … max …`, for the benchmarks' tables.
        public var summary: String { String(format: "p50 %.3f  p99 %.3f  max %.3f", p50, p99, max) }
    }

    /// Runs the service until `count` events of `type` were published (ten minutes at most); returns their lags
    /// from `instant`, when their deadlines fell due.
    public func run(until count: Int, of type: MessageType, dueAt instant: Date) async throws -> Lags {
        let cluster = try MockCluster(brokers: 1, logger: logger)
        try cluster.createTopics(from: catalogue)
        let instance = try ServiceInstance(
            definition: definition, database: database, catalogue: catalogue,
            kafka: KafkaConfiguration(bootstrapServers: cluster.bootstrapServers),
            membership: GroupMembership(instanceID: definition.name),
            resources: ServiceResources(clock: clock, calendar: calendar, unitsFile: nil, logger: logger), batchSize: 1_000)
        let running = BackgroundServices([instance.relay, instance.runner], logger: logger)
        let database = database
        let published = try await eventually(timeout: .seconds(600), every: .milliseconds(100)) {
            try database.read { db in try Self.sent(type, in: db) } >= count
        }
        try await running.stop()
        withExtendedLifetime(cluster) {}
        guard published else { throw FiringLagError(count: count, type: type) }
        return try lags(of: type, dueAt: instant)
    }

    /// The lags from `instant` of the events of `type` sent so far.
    public func lags(of type: MessageType, dueAt instant: Date) throws -> Lags {
        let speed = clock.speed
        return try database.read { db in try Self.lags(of: type, dueAt: instant, speed: speed, in: db) }
    }

    /// How many events of `type` the store `db` has sent; a store another process writes can be watched with it.
    public static func sent(_ type: MessageType, in db: Database) throws -> Int {
        try Int.fetchOne(
            db, sql: "SELECT count(*) FROM runtime_outbox WHERE type = ? AND sent_at IS NOT NULL",
            arguments: [type.rawValue]) ?? 0
    }

    /// The lags from `instant` of the events of `type` sent so far from the store `db`, whose service's clock ran
    /// `speed` times faster than real time.
    public static func lags(of type: MessageType, dueAt instant: Date, speed: Double, in db: Database) throws -> Lags {
        Lags(try Double.fetchAll(
            db, sql: "SELECT sent_at FROM runtime_outbox WHERE type = ? AND sent_at IS NOT NULL",
            arguments: [type.rawValue]
        ).map { ($0 - instant.timeIntervalSince1970) / speed })
    }
}

/// The due deadlines' events were not all published within ten minutes.
public struct FiringLagError: Error, CustomStringConvertible {
    public let count: Int
    public let type: MessageType
    public var description: String { "the \(count) \(type.rawValue) events were not all published within 10 minutes" }
}
