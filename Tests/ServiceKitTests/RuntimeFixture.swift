import Broker
import BusinessTime
import Contracts
import Foundation
import Kafka
import Logging
@testable import ServiceKit
import ServiceStore
import TestFixtures
import TestSupport

let runtimeLogger: Logger = {
    var logger = Logger(label: "runtime-tests") { StreamLogHandler.standardError(label: $0) }
    logger.logLevel = .error
    return logger
}()

/// A mock cluster with every contract topic, a scratch directory for databases, and the pass-through service.
final class RuntimeFixture: Sendable {
    let cluster: MockCluster
    let catalogue: TopicCatalogue
    let directory: URL
    let databasePath: String

    init() throws {
        catalogue = try TopicCatalogue.load(directory: RepositoryFiles.topics)
        cluster = try MockCluster(brokers: 1, logger: runtimeLogger)
        try cluster.createTopics(from: catalogue)
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("runtime-\(UUID().uuidString)")
        databasePath = directory.appendingPathComponent("passthrough.sqlite").path
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    var kafka: KafkaConfiguration { KafkaConfiguration(bootstrapServers: cluster.bootstrapServers) }

    /// Opens the service's database; a second call opens the same file, as a restarted process would.
    func database(_ definition: ServiceDefinition = PassThroughService.definition()) throws -> ServiceDatabase {
        try ServiceDatabase(path: databasePath, migrations: definition.migrations)
    }

    func instance(
        _ database: ServiceDatabase, definition: ServiceDefinition = PassThroughService.definition(),
        crashPoints: ServiceInstance.CrashPoints = .init(), calendar: BusinessCalendar? = nil
    ) throws -> ServiceInstance {
        try ServiceInstance(
            definition: definition, database: database, catalogue: catalogue, kafka: kafka,
            consumer: { consumer in
                // Short group timings: a restarted member rejoins in seconds on the mock cluster.
                consumer.sessionTimeout = .seconds(6)
                consumer.heartbeatInterval = .seconds(1)
            },
            resources: ServiceResources(
                clock: SystemClock(), calendar: calendar, unitsFile: nil, logger: runtimeLogger),
            batchSize: 500, crashPoints: crashPoints)
    }

    /// Runs the instance's relay and runner until `count` tickets are applied and its outbox is empty, then stops
    /// them gracefully; false when that did not happen in time.
    func runUntilSettled(_ instance: ServiceInstance, applied count: Int) async throws -> Bool {
        let running = BackgroundServices([instance.relay, instance.runner], logger: runtimeLogger)
        let settled = try await eventually {
            try PassThroughService.applications(in: instance.database).count == count
                && instance.database.read { db in try Outbox.backlog(in: db) } == 0
        }
        try await running.stop()
        return settled
    }

    func tickets() throws -> InboundTickets {
        InboundTickets(catalogue: catalogue, producer: try KafkaProducer(
            configuration: ProducerConfiguration(client: kafka, linger: .milliseconds(1)), logger: runtimeLogger))
    }

    /// Everything on `topic`: as many messages as its partitions' high watermarks say it holds, after waiting for
    /// at least `count` to be there.
    func read(_ topic: TopicName, atLeast count: Int) async throws -> [ConsumerMessage] {
        let admin = try KafkaAdmin(configuration: kafka, logger: runtimeLogger)
        let partitions = catalogue.definition(of: topic).partitions
        func stored() async throws -> Int {
            var total = 0
            for partition in 0..<partitions {
                total += Int(try await admin.watermarks(of: TopicPartition(topic: topic.rawValue, partition: Int32(partition))).high)
            }
            return total
        }
        _ = try await eventually(timeout: .seconds(20)) { try await stored() >= count }
        return try await TopicReader.read(
            topic, partitions: partitions, bootstrapServers: cluster.bootstrapServers, atLeast: try await stored(), logger: runtimeLogger)
    }
}

extension ServiceMetrics {
    /// A counter's current value from the Prometheus text, 0 when it was never touched.
    func value(of name: String) -> Int {
        let line = exposition().split(separator: "\n").first { $0.hasPrefix("\(name){") || $0.hasPrefix("\(name) ") }
        return line.flatMap { Int(Double($0.split(separator: " ").last ?? "") ?? 0) } ?? 0
    }
}
