import Foundation

/// A message ready for the producer (or the outbox): topic, key, JSON value and CloudEvents headers.
public struct OutgoingEvent: Sendable, Equatable {
    /// The envelope's attributes.
    public let attributes: CloudEventAttributes
    /// The message key: the payload's `partitionKey`.
    public let key: String?
    /// The payload's JSON, as `ContractJSON` writes it.
    public let value: Data

    /// Assembles an event from parts already checked, e.g. an outbox row written by `ContractCodec.encode`.
    public init(attributes: CloudEventAttributes, key: String?, value: Data) {
        self.attributes = attributes
        self.key = key
        self.value = value
    }

    /// The type, which decides the topic.
    public var type: MessageType { attributes.type }
    /// The topic that carries the type.
    public var topic: TopicName { attributes.type.topic }
    /// The Kafka headers, in the binding's order.
    public var headers: [(name: String, value: String)] { attributes.headers }
}
