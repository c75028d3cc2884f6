import CRdKafka

/// A librdkafka error code (`rd_kafka_resp_err_t`): negative values are raised by the client, positive ones by a broker.
public struct KafkaErrorCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: Int32

    public init(rawValue: Int32) { self.rawValue = rawValue }

    init(_ code: rd_kafka_resp_err_t) { self.rawValue = code.rawValue }

    var cValue: rd_kafka_resp_err_t { rd_kafka_resp_err_t(rawValue: rawValue) }

    /// librdkafka's symbolic name, e.g. `NOT_LEADER_FOR_PARTITION` or `_QUEUE_FULL`.
    public var name: String { String(cString: rd_kafka_err2name(cValue)) }

    /// librdkafka's human-readable explanation.
    public var explanation: String { String(cString: rd_kafka_err2str(cValue)) }

    public var description: String { "\(name) (\(rawValue))" }
}
