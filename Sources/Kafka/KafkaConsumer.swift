import CRdKafka
import Dispatch
import Foundation
import Logging
import Synchronization

/// A consumer-group member whose offsets move only when the application stores or commits them.
///
/// Every blocking librdkafka call (poll, commit, seek, close, watermark queries) runs on this consumer's own thread,
/// never on Swift's cooperative pool.
public final class KafkaConsumer: Sendable {
    private let core: ConsumerCore

    /// Creates the client; a rejected property throws with librdkafka's explanation.
    public init(
        configuration: ConsumerConfiguration, rebalanceHandler: (any RebalanceHandler)? = nil, logger: Logger
    ) throws(KafkaError) {
        core = try ConsumerCore(
            properties: configuration.librdkafkaProperties, handler: rebalanceHandler, logger: logger)
    }

    /// Joins the group for these topics; partitions arrive through the rebalance callback during `poll`.
    public func subscribe(to topics: [String]) throws(KafkaError) {
        let list = PartitionList.make(topics.map { TopicPartition(topic: $0, partition: RD_KAFKA_PARTITION_UA) })
        defer { rd_kafka_topic_partition_list_destroy(list) }
        let code = rd_kafka_subscribe(core.handle, list)
        guard code == RD_KAFKA_RESP_ERR_NO_ERROR else {
            throw KafkaError(kind: .consume, code: KafkaErrorCode(code), context: "subscribe to \(topics)")
        }
    }

    /// Reads these partitions from these offsets without a group (tools, replays).
    public func assign(_ offsets: [TopicPartitionOffset]) async throws(KafkaError) {
        try await core.onQueue { core throws(KafkaError) in
            try PartitionList.with(offsets) { list throws(KafkaError) in
                let code = rd_kafka_assign(core.handle, list)
                guard code == RD_KAFKA_RESP_ERR_NO_ERROR else {
                    throw KafkaError(kind: .consume, code: KafkaErrorCode(code), context: "assign")
                }
            }
        }
    }

    /// Waits up to `timeout` for a first message, then takes whatever else is already fetched, up to `maxMessages`.
    /// Returns an empty batch when nothing arrived in time.
    public func poll(maxMessages: Int = 1000, timeout: Duration = .milliseconds(100)) async throws(KafkaError) -> [ConsumerMessage] {
        try await core.onQueue { core throws(KafkaError) in
            try core.pollBatch(maxMessages: maxMessages, timeout: timeout.timeoutMilliseconds)
        }.copyOut()
    }

    /// The messages as an async sequence, fetched in batches; it ends when the consumer is closed or the task is
    /// cancelled.
    public func messages(batchSize: Int = 1000, pollTimeout: Duration = .milliseconds(100)) -> ConsumerMessages {
        ConsumerMessages(consumer: self, batchSize: batchSize, pollTimeout: pollTimeout)
    }

    /// Marks these offsets (next to read) for the next commit. Fails for a partition no longer assigned.
    public func store(_ offsets: [TopicPartitionOffset]) throws(KafkaError) {
        guard !offsets.isEmpty else { return }
        try PartitionList.with(offsets) { list throws(KafkaError) in
            let code = rd_kafka_offsets_store(core.handle, list)
            if let error = PartitionList.firstError(in: list, kind: .consume, operation: "store offset for") {
                throw error
            }
            guard code == RD_KAFKA_RESP_ERR_NO_ERROR else {
                throw KafkaError(kind: .consume, code: KafkaErrorCode(code), context: "store offsets")
            }
        }
    }

    /// Commits these offsets synchronously; without arguments, commits every stored offset.
    public func commit(_ offsets: [TopicPartitionOffset]? = nil) async throws(KafkaError) {
        try await core.onQueue { core throws(KafkaError) in try core.commit(offsets) }
    }

    /// Moves the read position of assigned partitions.
    public func seek(_ offsets: [TopicPartitionOffset], timeout: Duration = .seconds(10)) async throws(KafkaError) {
        try await core.onQueue { core throws(KafkaError) in
            try PartitionList.with(offsets) { list throws(KafkaError) in
                if let error = rd_kafka_seek_partitions(core.handle, list, timeout.timeoutMilliseconds) {
                    throw KafkaError(kind: .consume, consuming: error)
                }
                if let error = PartitionList.firstError(in: list, kind: .consume, operation: "seek") { throw error }
            }
        }
    }

    /// The partitions currently assigned to this member.
    public func assignment() throws(KafkaError) -> [TopicPartition] {
        var list: PartitionList.Pointer?
        let code = rd_kafka_assignment(core.handle, &list)
        defer { if let list { rd_kafka_topic_partition_list_destroy(list) } }
        guard code == RD_KAFKA_RESP_ERR_NO_ERROR else {
            throw KafkaError(kind: .consume, code: KafkaErrorCode(code), context: "assignment")
        }
        return PartitionList.entries(list).map(\.topicPartition).sorted()
    }

    /// The next offset this member will read in each partition (`nil` before the first fetch).
    public func positions(_ partitions: [TopicPartition]) throws(KafkaError) -> [TopicPartition: Int64?] {
        try PartitionList.with(partitions.map { TopicPartitionOffset($0, offset: 0) }) { list throws(KafkaError) in
            let code = rd_kafka_position(core.handle, list)
            guard code == RD_KAFKA_RESP_ERR_NO_ERROR else {
                throw KafkaError(kind: .consume, code: KafkaErrorCode(code), context: "position")
            }
            return Dictionary(uniqueKeysWithValues: PartitionList.entries(list).map {
                ($0.topicPartition, $0.offset >= 0 ? Optional($0.offset) : nil)
            })
        }
    }

    /// The group's committed offsets for these partitions, asked of the broker.
    public func committed(_ partitions: [TopicPartition], timeout: Duration = .seconds(10)) async throws(KafkaError) -> [TopicPartition: Int64?] {
        try await core.onQueue { core throws(KafkaError) in
            try PartitionList.with(partitions.map { TopicPartitionOffset($0, offset: 0) }) { list throws(KafkaError) in
                let code = rd_kafka_committed(core.handle, list, timeout.timeoutMilliseconds)
                guard code == RD_KAFKA_RESP_ERR_NO_ERROR else {
                    throw KafkaError(kind: .consume, code: KafkaErrorCode(code), context: "committed")
                }
                return Dictionary(uniqueKeysWithValues: PartitionList.entries(list).map {
                    ($0.topicPartition, $0.offset >= 0 ? Optional($0.offset) : nil)
                })
            }
        }
    }

    /// Low and high watermarks of a partition, asked of the broker (the high one is the end offset).
    public func watermarks(of partition: TopicPartition, timeout: Duration = .seconds(10)) async throws(KafkaError) -> Watermarks {
        try await core.onQueue { core throws(KafkaError) in
            try queryWatermarks(core.handle, partition, timeout: timeout)
        }
    }

    /// Messages behind the end of each assigned partition, from the watermarks cached by fetching (no request).
    public func lag() throws(KafkaError) -> [TopicPartition: Int64] {
        let partitions = try assignment()
        let positions = try positions(partitions)
        var lag: [TopicPartition: Int64] = [:]
        for partition in partitions {
            var low: Int64 = 0
            var high: Int64 = 0
            let code = rd_kafka_get_watermark_offsets(core.handle, partition.topic, partition.partition, &low, &high)
            guard code == RD_KAFKA_RESP_ERR_NO_ERROR, high >= 0 else { continue }
            let position = (positions[partition] ?? nil) ?? low
            lag[partition] = max(0, high - position)
        }
        return lag
    }

    /// Assignment changes seen so far, oldest first.
    public var rebalances: [RebalanceEvent] { core.rebalanceLog }

    /// The error that made this consumer unusable, if one did.
    public var fatalError: KafkaError? { core.client.fatalError }

    /// Leaves the group: revocation runs (stored offsets are committed) and the handle stops fetching.
    public func close() async {
        await core.close()
    }
}
