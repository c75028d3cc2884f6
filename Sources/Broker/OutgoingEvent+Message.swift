import Contracts
import Foundation
import Kafka

extension ProducerMessage {
    /// The Kafka message of a checked event: its type's topic, its key, its CloudEvents headers.
    public init(_ event: OutgoingEvent) {
        self.init(
            topic: event.topic.rawValue, key: event.key.map { Data(utf8Of: $0) }, value: event.value,
            headers: event.headers.map { KafkaHeader(name: $0.name, text: $0.value) })
    }
}
