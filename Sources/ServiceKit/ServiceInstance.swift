import BusinessTime
import Contracts
import Foundation
import Kafka
import Logging
import ServiceStore

/// One service wired up: its database, runner and relay, without HTTP or signal handling, so that the process entry
/// point, the replay (several services in one process) and the tests assemble it the same way.
public struct ServiceInstance: Sendable {
    public let definition: ServiceDefinition
    public let database: ServiceDatabase
    public let runner: EventRunner
    public let relay: OutboxRelay
    public let metrics: ServiceMetrics
    /// The calendar the handler was given: the configured one, falling back to Monday–Friday for a year without a
    /// file; nil when the service was given none. Readiness lists the years it guessed.
    package let calendar: BusinessCalendar?

    /// Where a test makes the runner or the relay stop as a crash would.
    package struct CrashPoints: Sendable {
        package var runner: EventRunner.CrashPoint?
        package var relay: OutboxRelay.CrashPoint?

        package init(runner: EventRunner.CrashPoint? = nil, relay: OutboxRelay.CrashPoint? = nil) {
            self.runner = runner
            self.relay = relay
        }
    }

    package init(
        definition: ServiceDefinition, database: ServiceDatabase, catalogue: TopicCatalogue, kafka: KafkaConfiguration,
        consumer: (inout ConsumerConfiguration) -> Void = { _ in }, producer: (inout ProducerConfiguration) -> Void = { _ in },
        resources: ServiceResources, batchSize: Int, pollTimeout: Duration = .milliseconds(100),
        crashPoints: CrashPoints, batchObserver: (@Sendable (Int, Duration) -> Void)? = nil,
        delivered: (@Sendable (DeliveryReceipt) -> Void)? = nil
    ) throws {
        self.definition = definition
        self.database = database
        let metrics = ServiceMetrics(service: definition.name)
        self.metrics = metrics
        let codec = EventCodec(catalogue: catalogue, source: definition.name)
        var producerConfiguration = ProducerConfiguration(
            client: { var client = kafka; client.clientID = "\(definition.name)-relay"; return client }())
        producer(&producerConfiguration)
        let logger = resources.logger
        // Every service, the replay and the tests get the fallback here, before any handler sees the calendar.
        var resources = resources
        resources.calendar = resources.calendar?.fallingBackToWeekdays(reportingTo: metrics, logger: logger)
        calendar = resources.calendar
        relay = OutboxRelay(
            database: database,
            makeProducer: { [producerConfiguration] () throws(KafkaError) -> KafkaProducer in
                try KafkaProducer(configuration: producerConfiguration, logger: logger)
            },
            clock: resources.clock, metrics: metrics, logger: logger, crashPoint: crashPoints.relay, delivered: delivered)
        var consumerConfiguration = ConsumerConfiguration(client: kafka, groupID: definition.name)
        consumer(&consumerConfiguration)
        var settings = RunnerSettings(
            topics: definition.topics, consumer: consumerConfiguration, batchSize: batchSize, pollTimeout: pollTimeout)
        settings.batchObserver = batchObserver
        let handler = try definition.makeHandler(resources)
        let problems = handler.routes.problems(consuming: definition.topics)
        guard problems.isEmpty else { throw ServiceDefinitionError(service: definition.name, problems: problems) }
        runner = EventRunner(
            settings: settings,
            handler: handler, database: database, codec: codec, clock: resources.clock,
            relay: relay, metrics: metrics, logger: logger, crashPoint: crashPoints.runner)
    }

    /// The usual assembly: no crash points, the consumer's group membership as configured.
    public init(
        definition: ServiceDefinition, database: ServiceDatabase, catalogue: TopicCatalogue, kafka: KafkaConfiguration,
        membership: GroupMembership, resources: ServiceResources, batchSize: Int
    ) throws {
        try self.init(definition: definition, database: database, catalogue: catalogue, kafka: kafka,
                      consumer: { membership.apply(to: &$0) }, resources: resources, batchSize: batchSize,
                      crashPoints: CrashPoints())
    }
}
