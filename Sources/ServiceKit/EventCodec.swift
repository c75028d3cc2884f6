import Contracts
import Foundation
import Kafka
import ServiceStore

/// The contract codec in the runtime's terms: consumed Kafka messages in, outbox rows out, for one service.
public struct EventCodec: Sendable {
    /// The `ce_source` of everything this service publishes.
    public let source: String
    private let contract: ContractCodec

    public init(catalogue: TopicCatalogue, source: String) {
        self.source = source
        contract = ContractCodec(catalogue: catalogue)
    }

    /// Checks a consumed message against the envelope rules and its schema.
    func decode(_ message: ConsumerMessage) -> Result<IncomingEvent, EnvelopeError> {
        Result { () throws(EnvelopeError) -> IncomingEvent in
            try contract.decode(headers: message.headerPairs, value: message.value, topic: message.contractTopic)
        }
    }

    /// The outbox row of an event this service decided to publish; a payload that breaks its schema throws here,
    /// inside the transaction, so an invalid event is never committed.
    func outboxEntry<Payload: EventPayload>(for payload: Payload, id: String, time: Date) throws(EnvelopeError) -> OutboxEntry {
        try outboxEntry(for: try encoded(payload), id: id, time: time)
    }

    /// `payload`'s body, checked against its schema, for an event whose id and time are not known yet.
    func encoded<Payload: EventPayload>(_ payload: Payload) throws(EnvelopeError) -> EncodedPayload {
        try contract.encodePayload(payload)
    }

    /// The outbox row of a body `encoded` checked.
    func outboxEntry(for payload: EncodedPayload, id: String, time: Date) throws(EnvelopeError) -> OutboxEntry {
        let event = try contract.envelope(payload, id: id, source: source, time: time)
        return OutboxEntry(
            eventID: id, topic: event.topic.rawValue, key: event.key, type: event.type.rawValue,
            headers: event.attributes.headers.map { OutboxEntry.Header(name: $0.name, value: $0.value) },
            value: event.value, createdAt: time)
    }

    /// The dead letter of a consumed message, with its bytes, key, headers and position, so it can be replayed.
    func deadLetter(for message: ConsumerMessage, reason: String, code: DeadLetterCode, time: Date) throws -> OutboxEntry {
        let rejected = MessageRejected(
            rejecting: reason, code: code, topic: message.contractTopic, partition: Int(message.partition),
            offset: message.offset, key: message.key, value: message.value, headers: message.headerPairs)
        // The position names the dead letter: the same message refused again after a crash gets the same id.
        let id = "\(source):rejected:\(message.topic):\(message.partition):\(message.offset)"
        return try outboxEntry(for: rejected, id: id, time: time)
    }
}

extension ConsumerMessage {
    var headerPairs: [(name: String, value: Data?)] { headers.map { ($0.name, $0.value) } }

    /// The runner subscribes to contract topics only, so every consumed message's topic is one of them.
    var contractTopic: TopicName {
        guard let topic = TopicName(rawValue: topic) else { preconditionFailure("consumed \(topic), not a contract topic") }
        return topic
    }
}
