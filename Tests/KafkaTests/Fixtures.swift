import Foundation
import Kafka
import Logging

/// Logs only warnings and worse, so test output stays readable.
let testLogger: Logger = {
    var logger = Logger(label: "kafka-tests") { StreamLogHandler.standardError(label: $0) }
    logger.logLevel = .warning
    return logger
}()

/// Runs `body` with a mock cluster that has these topics, and keeps the cluster alive until `body` has returned
/// (ARC could otherwise destroy it after its last use, under clients still closing).
func withCluster<T>(
    brokers: Int = 1, topics: [String: Int], _ body: (MockCluster) async throws -> T
) async throws -> T {
    let cluster = try MockCluster(brokers: brokers, logger: testLogger)
    for (name, partitions) in topics { try cluster.createTopic(name, partitions: partitions) }
    let result = try await body(cluster)
    withExtendedLifetime(cluster) {}
    return result
}

func producerConfiguration(_ cluster: MockCluster) -> ProducerConfiguration {
    ProducerConfiguration(
        client: KafkaConfiguration(bootstrapServers: cluster.bootstrapServers, clientID: "test-producer"),
        messageTimeout: .seconds(60), linger: .milliseconds(1))
}

/// Short group timings, so that joins and rebalances on the mock cluster take seconds, not a minute.
func consumerConfiguration(_ cluster: MockCluster, group: String) -> ConsumerConfiguration {
    ConsumerConfiguration(
        client: KafkaConfiguration(bootstrapServers: cluster.bootstrapServers, clientID: "test-consumer"),
        groupID: group, sessionTimeout: .seconds(6), heartbeatInterval: .seconds(1))
}

/// `count` messages whose value is their sequence number, keyed by one of `keys` customers.
func numberedMessages(topic: String, count: Int, from start: Int = 0, keys: Int = 10) -> [ProducerMessage] {
    (start..<(start + count)).map { number in
        ProducerMessage(topic: topic, key: "customer-\(number % keys)", value: Data("\(number)".utf8))
    }
}

/// The message's value read as the number `numberedMessages` wrote.
func number(of message: ConsumerMessage) -> Int? {
    message.value.flatMap { String(data: $0, encoding: .utf8) }.flatMap { Int($0) }
}

/// Polls until `count` messages have arrived or `deadline` passes, storing each batch's offsets after it is handled.
func consume(_ consumer: KafkaConsumer, count: Int, within deadline: Duration = .seconds(30)) async throws -> [ConsumerMessage] {
    let clock = ContinuousClock()
    let end = clock.now + deadline
    var received: [ConsumerMessage] = []
    while received.count < count, clock.now < end {
        let batch = try await consumer.poll(maxMessages: 500, timeout: .milliseconds(200))
        received += batch
        try consumer.store(latestOffsets(of: batch))
    }
    return received
}

/// The next offset to read for each partition that appears in `messages`.
func latestOffsets(of messages: [ConsumerMessage]) -> [TopicPartitionOffset] {
    var next: [TopicPartition: Int64] = [:]
    for message in messages { next[message.topicPartition] = max(next[message.topicPartition] ?? 0, message.offset + 1) }
    return next.map { TopicPartitionOffset($0.key, offset: $0.value) }
}

/// Sends and fails the test's expectations if any message was not stored.
@discardableResult
func sendAll(_ producer: KafkaProducer, _ messages: [ProducerMessage]) async throws -> [DeliveryReceipt] {
    try await producer.send(messages).map { try $0.get() }
}
