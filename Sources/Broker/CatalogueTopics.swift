import Contracts
import Kafka

extension TopicCatalogue {
    /// The catalogue's topics in the broker's terms. With three or more brokers every topic gets
    /// `min.insync.replicas=2`, so that `acks=all` means two copies.
    public func newTopics(replicationFactor: Int) -> [NewTopic] {
        topics.map { definition in
            var config = [
                "retention.ms": String(definition.retentionMilliseconds),
                "cleanup.policy": definition.cleanupPolicy.rawValue,
            ]
            if replicationFactor >= 3 { config["min.insync.replicas"] = "2" }
            return NewTopic(
                name: definition.name.rawValue, partitions: definition.partitions,
                replicationFactor: replicationFactor, config: config)
        }
    }
}

extension MockCluster {
    /// Creates every catalogue topic through the mock API (the mock cluster has no CreateTopics request).
    public func createTopics(from catalogue: TopicCatalogue) throws(KafkaError) {
        for topic in catalogue.newTopics(replicationFactor: brokerCount) {
            try createTopic(topic.name, partitions: topic.partitions, replicationFactor: topic.replicationFactor)
        }
    }
}
