import Foundation

/// The CloudEvents 1.0 attributes every message carries, as Kafka headers in binary mode (`ce_*`).
public struct CloudEventAttributes: Sendable, Equatable {
    /// Unique per event: the consumers' deduplication key.
    public var id: String
    /// The producing service or external system.
    public var source: String
    public var type: MessageType
    public var time: Date
    /// The ticket number.
    public var subject: String

    public init(id: String, source: String, type: MessageType, time: Date, subject: String) {
        self.id = id
        self.source = source
        self.type = type
        self.time = time
        self.subject = subject
    }

    /// Header names and text values, in the binding's order, `content-type` included.
    public var headers: [(name: String, value: String)] {
        [
            ("ce_specversion", "1.0"), ("ce_id", id), ("ce_source", source), ("ce_type", type.rawValue),
            ("ce_time", time.formatted(.iso8601)), ("ce_subject", subject), ("content-type", "application/json"),
        ]
    }
}
