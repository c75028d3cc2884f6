import CRdKafka
import Foundation

/// Messages taken from librdkafka and not yet copied out; each is destroyed once copied, or when this is released.
///
/// `@unchecked Sendable`: handed from the consumer's thread to the one awaiting `poll`, then used by that one only.
final class PolledMessages: @unchecked Sendable {
    private var messages: [UnsafeMutablePointer<rd_kafka_message_t>]

    init(_ messages: [UnsafeMutablePointer<rd_kafka_message_t>]) { self.messages = messages }

    deinit { messages.forEach { rd_kafka_message_destroy($0) } }

    /// Copies every message into Swift values and frees librdkafka's.
    func copyOut() -> [ConsumerMessage] {
        var topicNames: [OpaquePointer: String] = [:]
        let copies = messages.map { pointer in
            defer { rd_kafka_message_destroy(pointer) }
            return copy(pointer, topicNames: &topicNames)
        }
        messages = []
        return copies
    }

    /// Takes the original pointer: librdkafka finds headers and timestamp from the memory around the message struct,
    /// so a copy of the struct must never be passed back to it.
    private func copy(_ pointer: UnsafeMutablePointer<rd_kafka_message_t>, topicNames: inout [OpaquePointer: String]) -> ConsumerMessage {
        let message = pointer.pointee
        let topic = message.rkt.map { handle in
            if let name = topicNames[handle] { return name }
            let name = String(cString: rd_kafka_topic_name(handle))
            topicNames[handle] = name
            return name
        } ?? ""
        var headerList: OpaquePointer?
        var headers: [KafkaHeader] = []
        if rd_kafka_message_headers(pointer, &headerList) == RD_KAFKA_RESP_ERR_NO_ERROR, let headerList {
            var index = 0
            var name: UnsafePointer<CChar>?
            var value: UnsafeRawPointer?
            var size = 0
            while rd_kafka_header_get_all(headerList, index, &name, &value, &size) == RD_KAFKA_RESP_ERR_NO_ERROR {
                headers.append(KafkaHeader(
                    name: String(cString: name!), value: value.map { Data(bytes: $0, count: size) }))
                index += 1
            }
        }
        var timestampType = RD_KAFKA_TIMESTAMP_NOT_AVAILABLE
        let milliseconds = rd_kafka_message_timestamp(pointer, &timestampType)
        return ConsumerMessage(
            topicPartition: TopicPartition(topic: topic, partition: message.partition),
            offset: message.offset,
            key: message.key.map { Data(bytes: $0, count: message.key_len) },
            value: message.payload.map { Data(bytes: $0, count: message.len) },
            headers: headers,
            timestamp: milliseconds >= 0 ? Date(timeIntervalSince1970: Double(milliseconds) / 1000) : nil)
    }
}
