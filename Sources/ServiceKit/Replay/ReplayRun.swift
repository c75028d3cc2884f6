import Broker
import BusinessTime
import Contracts
import Foundation
import Kafka
import Logging
import ServiceLifecycle
import ServiceStore
import Synchronization

/// Plays a scenario against services in one process: an in-process mock cluster, a virtual clock, a database per
/// service in a scratch directory. Time moves only when everything is quiet, and only as far as the next line or the
/// next stored deadline, so timers fire at their exact due time.
public struct ReplayRun: Sendable {
    public var scenario: [ScenarioLine]
    public var services: [ServiceDefinition]
    public var catalogue: TopicCatalogue
    public var calendar: BusinessCalendar?
    public var unitsFile: URL?
    /// How long after the last line the clock keeps running, for deadlines to fire.
    public var horizon: Duration
    /// How long (real time) the services may take to become quiet after one step before the replay gives up.
    public var quietTimeout: Duration = .seconds(60)

    public init(
        scenario: [ScenarioLine], services: [ServiceDefinition], catalogue: TopicCatalogue, calendar: BusinessCalendar?,
        unitsFile: URL?, horizon: Duration
    ) {
        self.scenario = scenario
        self.services = services
        self.catalogue = catalogue
        self.calendar = calendar
        self.unitsFile = unitsFile
        self.horizon = horizon
    }

    /// Runs the scenario and returns every event the services published, one JSON line each, in replay order.
    public func run(logger: Logger) async throws -> [String] {
        let lines = Mutex<[String]>([])
        try await run(logger: logger) { line in lines.withLock { $0.append(line) } }
        return lines.withLock { $0 }
    }

    /// Runs the scenario and hands `output` every event the services published, one JSON line each, in replay
    /// order, as soon as the services are quiet after it: an interrupted replay leaves what it had produced.
    public func run(logger: Logger, output: @escaping @Sendable (String) -> Void) async throws {
        let cluster = try MockCluster(brokers: 1, logger: logger)
        try cluster.createTopics(from: catalogue)
        // Every client of the cluster is gone when `play` returns, before the cluster itself goes.
        try await play(on: cluster, logger: logger, output: output)
        withExtendedLifetime(cluster) {}
    }

    private func play(on cluster: MockCluster, logger: Logger, output: @escaping @Sendable (String) -> Void) async throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("replay-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let clock = VirtualClock(start: scenario.first?.at ?? Date(timeIntervalSince1970: 0))
        let kafka = KafkaConfiguration(bootstrapServers: cluster.bootstrapServers, clientID: "replay")
        let resources = ServiceResources(clock: clock, calendar: calendar, unitsFile: unitsFile, logger: logger)
        let ends = DeliveredPositions()
        let instances = try services.map { definition in
            try ServiceInstance(
                definition: definition,
                database: ServiceDatabase(
                    path: scratch.appendingPathComponent("\(definition.name).sqlite").path, migrations: definition.migrations,
                    durability: .scratch),
                catalogue: catalogue, kafka: kafka,
                consumer: { consumer in
                    consumer.sessionTimeout = .seconds(6)
                    consumer.heartbeatInterval = .seconds(1)
                    // Every step waits for the services to take what was just sent: a fetch must not sit at the
                    // broker waiting for more.
                    consumer.client.properties["fetch.wait.max.ms"] = "1"
                },
                producer: { producer in producer.linger = .zero },
                resources: resources, batchSize: 500, pollTimeout: .milliseconds(5), crashPoints: .init(),
                delivered: ends.record)
        }
        // The replay's own producer may outlive the cluster by one poll at teardown, which it reports as a lost
        // broker; only its errors matter.
        var toolLogger = logger
        toolLogger.logLevel = .error
        let running = BackgroundServices(instances.flatMap { [$0.relay, $0.runner] as [any Service] }, logger: logger)
        let stage = ReplayStage(
            instances: instances, services: running, clock: clock, ends: ends, quietTimeout: quietTimeout, output: output)
        let producer = try KafkaProducer(
            configuration: ProducerConfiguration(client: kafka, linger: .zero), logger: toolLogger)
        do {
            // Lines with no time between them go out together: the services take them as one step.
            var index = scenario.startIndex
            while index < scenario.endIndex {
                let at = scenario[index].at
                let step = scenario[index...].prefix { $0.at == at }
                index += step.count
                try await stage.advance(to: at)
                let messages = step.compactMap { line in if case .publish(let inbound) = line { inbound.message() } else { nil } }
                for result in await producer.send(messages) { ends.record(try result.get()) }
            }
            try await stage.advance(to: (scenario.last?.at ?? clock.now).addingTimeInterval(horizon.timeInterval))
        } catch {
            await producer.close()
            try? await running.stop()
            throw error
        }
        await producer.close()
        try await running.stop()
    }
}

extension ScenarioLine.Inbound {
    /// The Kafka message of this line: CloudEvents headers from the line (`ce_id` = `scenario-<line>`), unless it is
    /// a raw line without a type, which is sent bare. A line without a key goes to partition 0, not to a random one,
    /// so the replay stays repeatable.
    func message() -> ProducerMessage {
        var headers: [KafkaHeader] = []
        if let type {
            let attributes = CloudEventAttributes(
                id: "scenario-\(line)", source: topic.externalSource ?? "replay", type: type, time: at, subject: subject)
            headers = attributes.headers.map { KafkaHeader(name: $0.name, text: $0.value) }
        }
        return ProducerMessage(
            topic: topic.rawValue, partition: key == nil ? 0 : nil, key: key.map { Data(utf8Of: $0) }, value: value,
            headers: headers)
    }
}
