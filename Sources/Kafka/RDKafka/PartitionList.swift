import CRdKafka

/// Converts between Swift partition values and `rd_kafka_topic_partition_list_t`, which the caller destroys.
enum PartitionList {
    typealias Pointer = UnsafeMutablePointer<rd_kafka_topic_partition_list_t>

    /// One entry read back from a list.
    struct Entry {
        var topicPartition: TopicPartition
        var offset: Int64
        var error: KafkaErrorCode
    }

    static func make(_ offsets: [TopicPartitionOffset]) -> Pointer {
        let list = rd_kafka_topic_partition_list_new(Int32(clamping: offsets.count))!
        for item in offsets {
            let entry = rd_kafka_topic_partition_list_add(list, item.topicPartition.topic, item.topicPartition.partition)!
            entry.pointee.offset = item.offset
        }
        return list
    }

    static func make(_ partitions: [TopicPartition]) -> Pointer {
        make(partitions.map { TopicPartitionOffset($0, offset: Int64(RD_KAFKA_OFFSET_INVALID)) })
    }

    static func entries(_ list: Pointer?) -> [Entry] {
        guard let list else { return [] }
        return (0..<Int(list.pointee.cnt)).map { index in
            let element = list.pointee.elems[index]
            return Entry(
                topicPartition: TopicPartition(topic: String(cString: element.topic), partition: element.partition),
                offset: element.offset, error: KafkaErrorCode(element.err))
        }
    }

    /// Runs `body` with a temporary list and destroys it afterwards.
    static func with<T>(_ offsets: [TopicPartitionOffset], _ body: (Pointer) throws(KafkaError) -> T) throws(KafkaError) -> T {
        let list = make(offsets)
        defer { rd_kafka_topic_partition_list_destroy(list) }
        return try body(list)
    }

    /// The first per-partition error in a list that librdkafka filled in, as a `KafkaError`.
    static func firstError(in list: Pointer, kind: KafkaError.Kind, operation: String) -> KafkaError? {
        entries(list).first { $0.error != .noError }.map {
            KafkaError(kind: kind, code: $0.error, context: "\(operation) \($0.topicPartition)")
        }
    }
}
