import Kafka
import Logging

/// Copies the offsets applied in SQLite to Kafka's group commit, at most once per interval.
///
/// Only a mirror, for lag tools and for a new store that starts empty: a refused or failed commit (during a
/// rebalance, say) loses nothing, because consumption resumes from the database.
struct OffsetMirror {
    let consumer: KafkaConsumer
    let interval: Duration
    let logger: Logger
    private var pending: [TopicPartition: Int64] = [:]
    private var lastCommit = ContinuousClock.now

    init(consumer: KafkaConsumer, interval: Duration, logger: Logger) {
        self.consumer = consumer
        self.interval = interval
        self.logger = logger
    }

    mutating func record(_ offsets: [TopicPartitionOffset]) async {
        for entry in offsets { pending[entry.topicPartition] = entry.offset }
        if ContinuousClock.now - lastCommit >= interval { await flush() }
    }

    mutating func flush() async {
        lastCommit = ContinuousClock.now
        guard !pending.isEmpty else { return }
        let offsets = pending.map { TopicPartitionOffset($0.key, offset: $0.value) }
        pending = [:]
        do {
            try await consumer.commit(offsets)
        } catch {
            logger.debug("offset mirror commit refused", metadata: ["error": "\(error)"])
        }
    }
}
