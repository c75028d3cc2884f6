/// What a consumer reads of one message type's body: the whole payload, or only the members it needs. Decoding a
/// large body whole costs more than many a handler's work, so a handler that needs three members of
/// `complaint.registered` decodes those three. The schema has checked the whole body already.
public protocol PayloadView: Sendable {
    /// The `ce_type` this is a view of.
    static var messageType: MessageType { get }

    /// The view of `body`, a tree the schema has checked. A `Decodable` view is decoded from it; a view on a busy
    /// path may read its few members itself (`CheckedObject`), without a `Decoder`'s generic containers.
    static func read(fromChecked body: JSONValue) throws -> Self
}

extension PayloadView where Self: Decodable {
    public static func read(fromChecked body: JSONValue) throws -> Self {
        try JSONTreeDecoder.decode(Self.self, from: body)
    }
}

/// The typed body of one message type: what a service builds to publish and gets back from an `IncomingEvent`.
public protocol EventPayload: PayloadView, Decodable, Encodable, Equatable {
    /// The ticket number, sent as `ce_subject`; nil for events not about one ticket.
    var subject: String? { get }
    /// The Kafka message key: the ticket number unless the topic is keyed otherwise (see `TopicKey`).
    var partitionKey: String? { get }
}

extension EventPayload {
    /// The ticket number, the key of most topics.
    public var partitionKey: String? { subject }

    /// `event`'s body as this payload: what `IncomingEvent.payload()` calls on the type its `ce_type` names.
    static func decoded(from event: IncomingEvent) throws(EnvelopeError) -> any EventPayload {
        try event.payload(as: Self.self)
    }
}

/// A view of a payload about one ticket.
public protocol TicketPayloadView: PayloadView {
    /// The ticket the event is about.
    var ticketNo: String { get }
}

/// A payload about one ticket, whose `ticketNo` is its subject.
public protocol TicketEventPayload: EventPayload, TicketPayloadView {}

extension TicketEventPayload {
    /// The ticket number.
    public var subject: String? { ticketNo }
}
