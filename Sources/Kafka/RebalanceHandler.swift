/// Lets a service take part in consumer-group rebalances.
///
/// Both methods run synchronously on the consumer's own polling thread, inside `poll`, never on Swift's cooperative
/// pool; blocking briefly (reading offsets from SQLite, say) is fine there.
public protocol RebalanceHandler: Sendable {
    /// Partitions are being assigned. Return the offset to start each one from (the next offset to read, as kept in
    /// the service's own store); a partition left out starts from its committed offset, else `offsetReset`.
    func partitionsAssigned(_ partitions: [TopicPartition]) -> [TopicPartition: Int64]

    /// Partitions are being taken away. Messages of these partitions that were polled but not yet handed out are
    /// dropped, and stored offsets are committed right after this returns (unless `lost`: another member may
    /// already own them, so nothing is committed).
    func partitionsRevoked(_ partitions: [TopicPartition], lost: Bool)
}

/// One change of a consumer's assignment, as observed by `KafkaConsumer.rebalances`.
public enum RebalanceEvent: Sendable, Equatable {
    case assigned([TopicPartition])
    case revoked([TopicPartition], lost: Bool)
}
