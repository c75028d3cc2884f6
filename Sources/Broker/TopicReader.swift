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
        try await read(topic, partitions: partitions, bootstrapServers: bootstrapServers, timeout: timeout, logger: logger) {
            _, _ in count
        }
    }

    /// Every message `topic` holds when the read starts: the partitions' watermarks say how many there are, so the
    /// read ends as soon as they have arrived instead of waiting out `timeout` (which still bounds it).
    public static func readAll(
        _ topic: TopicName, partitions: Int, bootstrapServers: String, timeout: Duration = .seconds(20), logger: Logger
    ) async throws -> [ConsumerMessage] {
        try await read(topic, partitions: partitions, bootstrapServers: bootstrapServers, timeout: timeout, logger: logger) {
            consumer, assigned in
            var held: Int64 = 0
            for partition in assigned { held += try await consumer.watermarks(of: partition, timeout: timeout).count }
            return Int(held)
        }
    }

    /// Reads from the beginning of every partition until `expected` (asked once the partitions are assigned)
    /// messages have arrived or `timeout` passes.
    private static func read(
        _ topic: TopicName, partitions: Int, bootstrapServers: String, timeout: Duration, logger: Logger,
        expected: (KafkaConsumer, [TopicPartition]) async throws -> Int
    ) async throws -> [ConsumerMessage] {
        let deadline = ContinuousClock.now + timeout
        let consumer = try KafkaConsumer(
            configuration: ConsumerConfiguration(
                client: KafkaConfiguration(bootstrapServers: bootstrapServers, clientID: "topic-reader"),
                groupID: "topic-reader-\(UUID().uuidString)"),
            logger: logger)
        let assigned = (0..<partitions).map { TopicPartition(topic: topic.rawValue, partition: Int32($0)) }
        var messages: [ConsumerMessage] = []
        do {
            try await consumer.assign(assigned.map { TopicPartitionOffset($0, offset: LogicalOffset.beginning) })
            let count = try await expected(consumer, assigned)
            while messages.count < count, ContinuousClock.now < deadline {
                messages += try await consumer.poll(maxMessages: 10_000, timeout: .milliseconds(100))
            }
        } catch {
            await consumer.close()
            throw error
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
