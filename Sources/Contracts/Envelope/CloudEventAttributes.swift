import Foundation

/// The CloudEvents 1.0 attributes every message carries, as Kafka headers in binary mode (`ce_*`).
public struct CloudEventAttributes: Sendable, Equatable {
    /// Unique per event: the consumers' deduplication key.
    public var id: String
    /// The producing service or external system.
    public var source: String
    /// The message type, which decides the topic and the schema.
    public var type: MessageType
    /// When the event happened, written with `Timestamp` (so to the millisecond).
    public var time: Date
    /// The ticket number; nil only for types that may lack one (`MessageType.subjectIsRequired`).
    public var subject: String?

    /// Creates the attributes.
    public init(id: String, source: String, type: MessageType, time: Date, subject: String?) {
        self.id = id
        self.source = source
        self.type = type
        self.time = time
        self.subject = subject
    }

    /// Header names and text values, in the binding's order, `content-type` included; no `ce_subject` when nil.
    public var headers: [(name: String, value: String)] {
        var headers: [(name: String, value: String)] = [
            (CloudEventHeader.specVersion, CloudEventHeader.supportedSpecVersion), (CloudEventHeader.id, id),
            (CloudEventHeader.source, source), (CloudEventHeader.type, type.rawValue),
            (CloudEventHeader.time, Timestamp.format(time)),
        ]
        if let subject { headers.append((CloudEventHeader.subject, subject)) }
        headers.append((CloudEventHeader.contentType, CloudEventHeader.jsonContentType))
        return headers
    }
}
