import Foundation

/// A message to send. librdkafka copies key, value and headers when it is enqueued.
public struct ProducerMessage: Sendable {
    public var topic: String
    /// `nil` lets the partitioner hash the key (or spread key-less messages).
    public var partition: Int32?
    public var key: Data?
    public var value: Data?
    public var headers: [KafkaHeader]

    public init(topic: String, partition: Int32? = nil, key: Data? = nil, value: Data?, headers: [KafkaHeader] = []) {
        self.topic = topic
        self.partition = partition
        self.key = key
        self.value = value
        self.headers = headers
    }

    /// A message with a text key, the usual case: a ticket number or a customer.
    public init(topic: String, key: String, value: Data, headers: [KafkaHeader] = []) {
        self.init(topic: topic, key: Data(utf8Of: key), value: value, headers: headers)
    }
}

/// Where a message was stored, from its delivery report.
public struct DeliveryReceipt: Hashable, Sendable {
    public var topic: String
    public var partition: Int32
    public var offset: Int64

    public init(topic: String, partition: Int32, offset: Int64) {
        self.topic = topic
        self.partition = partition
        self.offset = offset
    }
}

/// The outcome of one message of a batch send.
public typealias DeliveryResult = Result<DeliveryReceipt, KafkaError>
