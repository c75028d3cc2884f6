/// A topic as its file under `topics/` defines it, checked against the code's topics and types.
public struct TopicDefinition: Sendable, Equatable {
    /// The topic.
    public let name: TopicName
    /// What the topic carries and why it is keyed and kept as it is.
    public let description: String
    /// Partition count to create the topic with.
    public let partitions: Int
    /// What the message key holds.
    public let key: TopicKey
    /// `retention.ms`; -1 keeps messages forever.
    public let retentionMilliseconds: Int64
    /// `cleanup.policy`.
    public let cleanupPolicy: CleanupPolicy
    /// Services and external systems that publish to the topic.
    public let producers: [String]
    /// Services and external systems that read the topic.
    public let consumers: [String]
    /// Message types the topic carries.
    public let types: [MessageType]
}
