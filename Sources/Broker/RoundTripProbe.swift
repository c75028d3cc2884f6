import Foundation
import Kafka
import Logging

/// Sends one message and reads it back from the partition and offset its delivery report named: proof that the
/// cluster stores and serves messages, for operators and for the run script.
public struct RoundTripProbe: Sendable {
    /// What came back, with the time the round trip took.
    public struct Result: Sendable {
        public var receipt: DeliveryReceipt
        public var message: ConsumerMessage
        public var elapsed: Duration
    }

    public let bootstrapServers: String
    public let logger: Logger

    public init(bootstrapServers: String, logger: Logger) {
        self.bootstrapServers = bootstrapServers
        self.logger = logger
    }

    public func run(_ message: ProducerMessage, timeout: Duration = .seconds(10)) async throws -> Result {
        let clock = ContinuousClock()
        let start = clock.now
        let client = KafkaConfiguration(bootstrapServers: bootstrapServers, clientID: "complaints-probe")
        let producer = try KafkaProducer(configuration: ProducerConfiguration(client: client), logger: logger)
        let receipt = try await producer.send(message)
        await producer.close()

        let consumer = try KafkaConsumer(
            configuration: ConsumerConfiguration(client: client, groupID: "complaints-probe"), logger: logger)
        try await consumer.assign([TopicPartitionOffset(topic: receipt.topic, partition: receipt.partition, offset: receipt.offset)])
        var read: ConsumerMessage?
        while read == nil, clock.now - start < timeout {
            read = try await consumer.poll(maxMessages: 1, timeout: .milliseconds(200)).first
        }
        let elapsed = clock.now - start
        await consumer.close()
        guard let read else { throw ProbeError(receipt: receipt) }
        return Result(receipt: receipt, message: read, elapsed: elapsed)
    }
}

/// The probe's message was stored but could not be read back in time.
public struct ProbeError: Error, CustomStringConvertible, Sendable {
    public let receipt: DeliveryReceipt

    public var description: String {
        "stored at \(receipt.topic)[\(receipt.partition)]@\(receipt.offset) but not read back in time"
    }
}
