import Contracts
import Foundation
import Kafka
import Logging

/// Reads a topic from the beginning, outside any group, as an auditor would: what is really on the broker.
public enum TopicReader {
    /// Every message of `topic` until `count` have arrived or `timeout` passes.
    public static func read(
        _ topic: TopicName, partitions: Int, bootstrapServers: String, atLeast count: Int,
        timeout: Duration = .seconds(20), logger: Logger
    ) async throws -> [ConsumerMessage] {
        let consumer = try KafkaConsumer(
            configuration: ConsumerConfiguration(
                client: KafkaConfiguration(bootstrapServers: bootstrapServers, clientID: "topic-reader"),
                groupID: "topic-reader-\(UUID().uuidString)"),
            logger: logger)
        try await consumer.assign((0..<partitions).map {
            TopicPartitionOffset(topic: topic.rawValue, partition: Int32($0), offset: LogicalOffset.beginning)
        })
        var messages: [ConsumerMessage] = []
        let deadline = ContinuousClock.now + timeout
        while messages.count < count, ContinuousClock.now < deadline {
            messages += try await consumer.poll(maxMessages: 10_000, timeout: .milliseconds(100))
        }
        await consumer.close()
        return messages
    }
}

extension ConsumerMessage {
    /// The value of a header as text.
    public func header(_ name: String) -> String? {
        headers.first { $0.name == name }?.value.map { String(decoding: $0, as: UTF8.self) }
    }
}
