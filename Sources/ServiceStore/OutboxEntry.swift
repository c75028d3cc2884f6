import Foundation

/// An event waiting in the outbox: everything the relay needs to send it, as it was decided in the transaction.
public struct OutboxEntry: Sendable, Equatable {
    /// The outbox row; the relay's delivery reports refer to it.
    public var sequence: Int64
    /// The CloudEvents id, unique: the consumers' deduplication key.
    public var eventID: String
    public var topic: String
    public var key: String?
    public var type: String
    public var headers: [Header]
    public var value: Data
    /// When the handler wrote it, in the service's clock.
    public var createdAt: Date

    /// A message header as text (the CloudEvents binary mode uses text headers only).
    public struct Header: Sendable, Equatable, Codable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(
        sequence: Int64 = 0, eventID: String, topic: String, key: String?, type: String, headers: [Header], value: Data,
        createdAt: Date
    ) {
        self.sequence = sequence
        self.eventID = eventID
        self.topic = topic
        self.key = key
        self.type = type
        self.headers = headers
        self.value = value
        self.createdAt = createdAt
    }
}
