import Foundation

/// A consumed record, copied out of librdkafka's buffers.
public struct ConsumerMessage: Sendable {
    public var topicPartition: TopicPartition
    public var offset: Int64
    public var key: Data?
    public var value: Data?
    public var headers: [KafkaHeader]
    /// The record's timestamp (producer create time or broker log-append time), if any.
    public var timestamp: Date?

    public var topic: String { topicPartition.topic }
    public var partition: Int32 { topicPartition.partition }
    /// The offset to store or commit once this message has been applied.
    public var nextOffset: TopicPartitionOffset { TopicPartitionOffset(topicPartition, offset: offset + 1) }
}
