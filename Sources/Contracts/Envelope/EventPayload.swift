/// The typed body of one message type: what a service builds to publish and gets back from an `IncomingEvent`.
public protocol EventPayload: Codable, Sendable, Equatable {
    /// The `ce_type` this payload is the body of.
    static var messageType: MessageType { get }
    /// The ticket number, sent as `ce_subject`; nil for events not about one ticket.
    var subject: String? { get }
    /// The Kafka message key: the ticket number unless the topic is keyed otherwise (see `TopicKey`).
    var partitionKey: String? { get }
}

extension EventPayload {
    /// The ticket number, the key of most topics.
    public var partitionKey: String? { subject }
}

/// A payload about one ticket, whose `ticketNo` is its subject.
public protocol TicketEventPayload: EventPayload {
    /// The ticket the event is about.
    var ticketNo: String { get }
}

extension TicketEventPayload {
    /// The ticket number.
    public var subject: String? { ticketNo }
}
