import CRdKafka
import Logging

/// A Kafka API, by its protocol key, for injecting request errors into the mock cluster.
public struct KafkaAPI: RawRepresentable, Hashable, Sendable {
    public let rawValue: Int16
    public init(rawValue: Int16) { self.rawValue = rawValue }

    public static let produce = KafkaAPI(rawValue: 0)
    public static let fetch = KafkaAPI(rawValue: 1)
    public static let listOffsets = KafkaAPI(rawValue: 2)
    public static let metadata = KafkaAPI(rawValue: 3)
    public static let offsetCommit = KafkaAPI(rawValue: 8)
    public static let offsetFetch = KafkaAPI(rawValue: 9)
    public static let findCoordinator = KafkaAPI(rawValue: 10)
    public static let joinGroup = KafkaAPI(rawValue: 11)
    public static let heartbeat = KafkaAPI(rawValue: 12)
    public static let syncGroup = KafkaAPI(rawValue: 14)
    public static let initProducerID = KafkaAPI(rawValue: 22)
}

/// librdkafka's in-process mock Kafka cluster: real protocol on loopback, data in memory, faults on demand.
///
/// It keeps only about the newest 5 MB of each partition, and has no CreateTopics: create topics here.
/// `@unchecked Sendable`: librdkafka's mock API is thread-safe (it posts operations to the cluster's own thread).
public final class MockCluster: @unchecked Sendable {
    private let client: RDKafkaClient
    private let cluster: OpaquePointer
    /// `127.0.0.1:port,…` for clients' `bootstrap.servers`.
    public let bootstrapServers: String
    /// Broker ids run from 1 to `brokerCount`.
    public let brokerCount: Int

    public init(brokers: Int = 1, logger: Logger) throws(KafkaError) {
        guard (1...3).contains(brokers) else {
            throw KafkaError(kind: .mockCluster, code: .localInvalidArg, message: "brokers must be 1 to 3, not \(brokers)")
        }
        client = try RDKafkaClient(role: .producer, properties: [("client.id", "mock-cluster"), ("log_level", "3")], logger: logger)
        guard let cluster = rd_kafka_mock_cluster_new(client.handle, Int32(brokers)) else {
            throw KafkaError(kind: .mockCluster, code: .localFail, message: "the mock cluster could not start")
        }
        self.cluster = cluster
        bootstrapServers = String(cString: rd_kafka_mock_cluster_bootstraps(cluster))
        brokerCount = brokers
    }

    deinit { rd_kafka_mock_cluster_destroy(cluster) }

    public func createTopic(_ name: String, partitions: Int, replicationFactor: Int = 1) throws(KafkaError) {
        try check(rd_kafka_mock_topic_create(
            cluster, name, Int32(partitions), Int32(min(replicationFactor, brokerCount))), "create topic \(name)")
    }

    /// Takes a broker down (connections refused and dropped) or brings it back.
    public func setBroker(_ id: Int32, up: Bool) throws(KafkaError) {
        try check(up ? rd_kafka_mock_broker_set_up(cluster, id) : rd_kafka_mock_broker_set_down(cluster, id),
                  "set broker \(id) \(up ? "up" : "down")")
    }

    /// The next requests of this API, on any broker, fail with these codes, one each, in order.
    public func pushRequestErrors(_ api: KafkaAPI, _ errors: [KafkaErrorCode]) {
        var codes = errors.map(\.cValue)
        codes.withUnsafeMutableBufferPointer { buffer in
            rd_kafka_mock_push_request_errors_array(cluster, api.rawValue, buffer.count, buffer.baseAddress)
        }
    }

    /// Adds latency to every response of a broker.
    public func setRoundTripTime(broker id: Int32, _ duration: Duration) throws(KafkaError) {
        try check(rd_kafka_mock_broker_set_rtt(cluster, id, Int32(duration.milliseconds)), "set rtt of broker \(id)")
    }

    public func setPartitionLeader(topic: String, partition: Int32, broker id: Int32) throws(KafkaError) {
        try check(rd_kafka_mock_partition_set_leader(cluster, topic, partition, id), "move leader of \(topic)[\(partition)]")
    }

    /// Metadata requests report this error for the topic.
    public func setTopicError(topic: String, _ error: KafkaErrorCode) {
        rd_kafka_mock_topic_set_error(cluster, topic, error.cValue)
    }

    private func check(_ code: rd_kafka_resp_err_t, _ operation: String) throws(KafkaError) {
        guard code == RD_KAFKA_RESP_ERR_NO_ERROR else {
            throw KafkaError(kind: .mockCluster, code: KafkaErrorCode(code), context: operation)
        }
    }
}
