import Foundation

/// A consumed message whose headers, topic and body have been checked against the contract.
public struct IncomingEvent: Sendable {
    /// The topic it was read from.
    public let topic: TopicName
    /// The envelope's attributes.
    public let attributes: CloudEventAttributes
    /// The JSON body, valid against the type's schema.
    public let body: Data
    /// The body decoded as its type's payload when the envelope was checked, so handlers do not decode it again.
    private let decoded: any EventPayload

    /// `document` is `body` as already parsed for the schema check; the payload is decoded from it.
    init(topic: TopicName, attributes: CloudEventAttributes, body: Data, document: JSONValue) throws(EnvelopeError) {
        self.topic = topic
        self.attributes = attributes
        self.body = body
        decoded = try Self.decode(attributes.type.payloadType, from: document, type: attributes.type)
    }

    /// The type, from `ce_type`.
    public var type: MessageType { attributes.type }
    /// The deduplication key, from `ce_id`.
    public var id: String { attributes.id }

    /// The body as `P`; fails when `P` is not the payload of this event's type or does not decode.
    public func payload<P: EventPayload>(as payloadType: P.Type = P.self) throws(EnvelopeError) -> P {
        guard let payload = decoded as? P else {
            throw .undecodablePayload(type, detail: "asked for \(P.self), the payload of \(P.messageType.rawValue)")
        }
        return payload
    }

    /// The body as the payload type of its `ce_type`, for handlers that switch over payloads.
    public func payload() -> any EventPayload { decoded }

    // Calling a generic function opens the existential metatype into a concrete `P`.
    private static func decode<P: EventPayload>(
        _ payloadType: P.Type, from document: JSONValue, type: MessageType
    ) throws(EnvelopeError) -> any EventPayload {
        do {
            return try JSONTreeDecoder.decode(P.self, from: document)
        } catch {
            throw .undecodablePayload(type, detail: describe(error))
        }
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(JSONPointer.from(codingPath: context.codingPath + [key])): missing"
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return "\(JSONPointer.from(codingPath: context.codingPath)): not a \(type)"
        case .dataCorrupted(let context):
            return "\(JSONPointer.from(codingPath: context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
