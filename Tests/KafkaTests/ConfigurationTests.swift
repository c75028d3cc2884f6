import Foundation
@testable import Kafka
import Testing

@Suite("Configuration errors are clear")
struct ConfigurationTests {
    @Test("an invalid value names the property and carries librdkafka's message")
    func invalidValueNamesProperty() throws {
        var configuration = ProducerConfiguration(client: KafkaConfiguration(bootstrapServers: "127.0.0.1:9"))
        configuration.client.properties["linger.ms"] = "soon"
        let error = try #require(throws: KafkaError.self) {
            _ = try KafkaProducer(configuration: configuration, logger: testLogger)
        }
        #expect(error.kind == .configuration)
        #expect(error.property == "linger.ms")
        #expect(error.message.contains("Invalid value"))
        #expect(error.description.contains("linger.ms"))
    }

    @Test("the read-ahead limits reach librdkafka as queued.min.messages and queued.max.messages.kbytes",
          arguments: [(0, 65_536, "queued.min.messages"), (100_000, 0, "queued.max.messages.kbytes")])
    func prefetchLimitsAreLibrdkafkaSettings(messages: Int, kilobytes: Int, property: String) throws {
        let configuration = ConsumerConfiguration(
            client: KafkaConfiguration(bootstrapServers: "127.0.0.1:9"), groupID: "prefetch",
            prefetch: .init(messages: messages, kilobytes: kilobytes))
        let error = try #require(throws: KafkaError.self) {
            _ = try KafkaConsumer(configuration: configuration, logger: testLogger)
        }
        #expect(error.property == property)
    }

    @Test("a group instance id makes the member static: it reaches librdkafka as group.instance.id, and only when set")
    func groupInstanceIDIsStaticMembership() throws {
        var configuration = ConsumerConfiguration(
            client: KafkaConfiguration(bootstrapServers: "127.0.0.1:9"), groupID: "intake",
            sessionTimeout: .seconds(6), heartbeatInterval: .seconds(1))
        #expect(!configuration.librdkafkaProperties.contains { $0.0 == "group.instance.id" })
        configuration.groupInstanceID = "intake-1"
        let properties = configuration.librdkafkaProperties
        #expect(properties.contains { $0 == ("group.instance.id", "intake-1") })
        #expect(properties.contains { $0 == ("session.timeout.ms", "6000") })
        #expect(properties.contains { $0 == ("heartbeat.interval.ms", "1000") })
        _ = try KafkaConsumer(configuration: configuration, logger: testLogger)
    }

    @Test("a session timeout above the poll interval is refused at construction with librdkafka's reason")
    func sessionTimeoutAbovePollIntervalFails() throws {
        let configuration = ConsumerConfiguration(
            client: KafkaConfiguration(bootstrapServers: "127.0.0.1:9"), groupID: "intake",
            sessionTimeout: .seconds(60), maxPollInterval: .seconds(30))
        let error = try #require(throws: KafkaError.self) {
            _ = try KafkaConsumer(configuration: configuration, logger: testLogger)
        }
        #expect(error.message.contains("session.timeout.ms"), "\(error)")
    }

    @Test("an unknown property is refused")
    func unknownPropertyIsRefused() throws {
        let configuration = ConsumerConfiguration(
            client: KafkaConfiguration(bootstrapServers: "127.0.0.1:9", properties: ["no.such.setting": "1"]),
            groupID: "g")
        let error = try #require(throws: KafkaError.self) {
            _ = try KafkaConsumer(configuration: configuration, logger: testLogger)
        }
        #expect(error.property == "no.such.setting")
        #expect(error.message.contains("No such configuration property"))
    }

    @Test("a contradictory combination fails at construction with librdkafka's reason")
    func idempotenceWithoutAllAcksFails() throws {
        let configuration = ProducerConfiguration(
            client: KafkaConfiguration(bootstrapServers: "127.0.0.1:9"), idempotent: true, acknowledgement: .leader)
        let error = try #require(throws: KafkaError.self) {
            _ = try KafkaProducer(configuration: configuration, logger: testLogger)
        }
        #expect(error.kind == .clientCreation)
        #expect(error.message.contains("acks"))
    }

    @Test("SASL and TLS settings pass through to librdkafka")
    func securitySettingsAreAccepted() throws {
        let configuration = ProducerConfiguration(client: KafkaConfiguration(
            bootstrapServers: "127.0.0.1:9", securityProtocol: .saslPlaintext,
            sasl: .init(mechanism: "PLAIN", username: "intake", password: "secret")))
        let producer = try KafkaProducer(configuration: configuration, logger: testLogger)
        #expect(producer.fatalError == nil)
    }

    @Test("offset control cannot be switched back on through the pass-through")
    func offsetControlIsNotOverridable() async throws {
        try await withCluster(topics: ["manual": 1]) { cluster in
            let producer = try KafkaProducer(configuration: producerConfiguration(cluster), logger: testLogger)
            try await sendAll(producer, numberedMessages(topic: "manual", count: 10))
            var configuration = consumerConfiguration(cluster, group: "manual")
            configuration.client.properties["enable.auto.commit"] = "true"
            configuration.client.properties["enable.auto.offset.store"] = "true"
            let consumer = try KafkaConsumer(configuration: configuration, logger: testLogger)
            try consumer.subscribe(to: ["manual"])
            let received = try await consume(consumer, count: 10)
            #expect(received.count == 10)
            // Nothing was stored by hand in this test's consumer path other than through `consume`, which stores; so
            // read the committed offset before and after an explicit commit.
            let partition = TopicPartition(topic: "manual", partition: 0)
            #expect(try await consumer.committed([partition])[partition]! == nil)
            try await consumer.commit()
            #expect(try await consumer.committed([partition])[partition]! == 10)
            await consumer.close()
            await producer.close()
        }
    }

    @Test("the mock cluster refuses an unsupported size")
    func mockClusterSizeIsChecked() {
        #expect(throws: KafkaError.self) { _ = try MockCluster(brokers: 4, logger: testLogger) }
    }
}
