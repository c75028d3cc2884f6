import CRdKafka
import Logging

/// A topic to create: what `topics/` describes, in the broker's terms.
public struct NewTopic: Sendable, Equatable {
    public var name: String
    public var partitions: Int
    public var replicationFactor: Int
    /// Topic-level configuration, e.g. `retention.ms`, `min.insync.replicas`.
    public var config: [String: String]

    public init(name: String, partitions: Int, replicationFactor: Int = 1, config: [String: String] = [:]) {
        self.name = name
        self.partitions = partitions
        self.replicationFactor = replicationFactor
        self.config = config
    }
}

/// A topic as the cluster's metadata describes it.
public struct TopicMetadata: Sendable, Equatable {
    public var name: String
    public var partitionCount: Int

    public init(name: String, partitionCount: Int) {
        self.name = name
        self.partitionCount = partitionCount
    }
}

/// What happened to one topic of a `createTopics` call.
public enum TopicCreation: Sendable, Equatable {
    case created
    case alreadyExisted
}

/// Cluster administration: create topics, list them, read watermarks.
///
/// The mock cluster does not implement CreateTopics; the embedded broker creates its topics through `MockCluster`.
public final class KafkaAdmin: Sendable {
    private let client: RDKafkaClient
    private let executor = BlockingExecutor(label: "kafka-admin")

    public init(configuration: KafkaConfiguration, logger: Logger) throws(KafkaError) {
        client = try RDKafkaClient(
            role: .producer,
            properties: ordered(configuration.librdkafkaProperties, passThrough: configuration.properties),
            logger: logger)
    }

    /// Creates the topics; one that exists already is reported, not treated as an error.
    public func createTopics(_ topics: [NewTopic], timeout: Duration = .seconds(30)) async throws(KafkaError) -> [String: TopicCreation] {
        let client = client
        return try await executor.run { () throws(KafkaError) -> [String: TopicCreation] in
            try createTopicsBlocking(client.handle, topics, timeout: timeout)
        }
    }

    /// Every topic the cluster knows, internal ones left out.
    public func listTopics(timeout: Duration = .seconds(10)) async throws(KafkaError) -> [TopicMetadata] {
        let client = client
        return try await executor.run { () throws(KafkaError) -> [TopicMetadata] in
            var metadata: UnsafePointer<rd_kafka_metadata>?
            let code = rd_kafka_metadata(client.handle, 1, nil, &metadata, timeout.timeoutMilliseconds)
            guard code == RD_KAFKA_RESP_ERR_NO_ERROR, let metadata else {
                throw KafkaError(kind: .admin, code: KafkaErrorCode(code), context: "metadata")
            }
            defer { rd_kafka_metadata_destroy(metadata) }
            return (0..<Int(metadata.pointee.topic_cnt)).map { index in
                let topic = metadata.pointee.topics[index]
                return TopicMetadata(name: String(cString: topic.topic), partitionCount: Int(topic.partition_cnt))
            }
            .filter { !$0.name.hasPrefix("__") }
            .sorted { $0.name < $1.name }
        }
    }

    /// Low and high watermarks of a partition.
    public func watermarks(of partition: TopicPartition, timeout: Duration = .seconds(10)) async throws(KafkaError) -> Watermarks {
        let client = client
        return try await executor.run { () throws(KafkaError) -> Watermarks in
            try queryWatermarks(client.handle, partition, timeout: timeout)
        }
    }
}

private func createTopicsBlocking(_ handle: OpaquePointer, _ topics: [NewTopic], timeout: Duration) throws(KafkaError) -> [String: TopicCreation] {
    var requests: [OpaquePointer?] = []
    defer { for request in requests { rd_kafka_NewTopic_destroy(request) } }
    for topic in topics {
        var errorText = ErrorText()
        guard let request = rd_kafka_NewTopic_new(
            topic.name, Int32(topic.partitions), Int32(topic.replicationFactor), &errorText.buffer, errorText.capacity)
        else {
            throw KafkaError(kind: .admin, code: .localInvalidArg, message: "topic \(topic.name): \(errorText.text)")
        }
        requests.append(request)
        for (name, value) in topic.config.sorted(by: { $0.key < $1.key }) {
            let code = rd_kafka_NewTopic_set_config(request, name, value)
            guard code == RD_KAFKA_RESP_ERR_NO_ERROR else {
                throw KafkaError(kind: .admin, code: KafkaErrorCode(code), context: "topic \(topic.name) config \(name)")
            }
        }
    }
    let queue = rd_kafka_queue_new(handle)
    defer { rd_kafka_queue_destroy(queue) }
    let options = rd_kafka_AdminOptions_new(handle, RD_KAFKA_ADMIN_OP_CREATETOPICS)
    defer { rd_kafka_AdminOptions_destroy(options) }
    var errorText = ErrorText()
    _ = rd_kafka_AdminOptions_set_request_timeout(options, timeout.timeoutMilliseconds, &errorText.buffer, errorText.capacity)
    requests.withUnsafeMutableBufferPointer { buffer in
        rd_kafka_CreateTopics(handle, buffer.baseAddress, buffer.count, options, queue)
    }
    guard let event = rd_kafka_queue_poll(queue, timeout.timeoutMilliseconds + 1000) else {
        throw KafkaError(kind: .admin, code: .localTimedOut, context: "create topics")
    }
    defer { rd_kafka_event_destroy(event) }
    let code = rd_kafka_event_error(event)
    guard code == RD_KAFKA_RESP_ERR_NO_ERROR else {
        throw KafkaError(kind: .admin, code: KafkaErrorCode(code),
                         message: rd_kafka_event_error_string(event).map { String(cString: $0) } ?? "create topics failed")
    }
    var count = 0
    guard let result = rd_kafka_event_CreateTopics_result(event),
          let results = rd_kafka_CreateTopics_result_topics(result, &count) else { return [:] }
    var outcome: [String: TopicCreation] = [:]
    for index in 0..<count {
        let topic = results[index]
        let name = String(cString: rd_kafka_topic_result_name(topic))
        switch rd_kafka_topic_result_error(topic) {
        case RD_KAFKA_RESP_ERR_NO_ERROR: outcome[name] = .created
        case RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS: outcome[name] = .alreadyExisted
        case let failure:
            throw KafkaError(kind: .admin, code: KafkaErrorCode(failure),
                             message: "topic \(name): \(rd_kafka_topic_result_error_string(topic).map { String(cString: $0) } ?? "")")
        }
    }
    return outcome
}
