import Foundation

/// A consumed message whose headers, topic and body have been checked against the contract.
public struct IncomingEvent: Sendable {
    /// The topic it was read from.
    public let topic: TopicName
    /// The envelope's attributes.
    public let attributes: CloudEventAttributes
    /// The JSON body, valid against the type's schema.
    public let body: Data
    /// `body` as parsed for the schema check. Typed values are decoded from it on demand, each consumer decoding
    /// the view it needs (`payload(as:)`), not every member of every message it reads.
    private let document: JSONValue

    init(topic: TopicName, attributes: CloudEventAttributes, body: Data, document: JSONValue) {
        self.topic = topic
        self.attributes = attributes
        self.body = body
        self.document = document
    }

    /// The type, from `ce_type`.
    public var type: MessageType { attributes.type }
    /// The deduplication key, from `ce_id`.
    public var id: String { attributes.id }

    /// The body decoded as `P`; fails when `P` is not a view of this event's type or does not decode.
    public func payload<P: PayloadView>(as payloadType: P.Type = P.self) throws(EnvelopeError) -> P {
        guard P.messageType == type else {
            throw .undecodablePayload(type, detail: "asked for \(P.self), a view of \(P.messageType.rawValue)")
        }
        do {
            return try P.read(fromChecked: document)
        } catch {
            throw .undecodablePayload(type, detail: Self.describe(error))
        }
    }

    /// The body as the whole payload type of its `ce_type`, for tools that show any event.
    public func payload() throws(EnvelopeError) -> any EventPayload {
        let whole: any EventPayload.Type = type.payloadType
        return try whole.decoded(from: self)
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
