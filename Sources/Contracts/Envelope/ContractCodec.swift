import Foundation

/// Turns payloads into Kafka messages and Kafka messages back into checked events, against the catalogue's schemas.
public struct ContractCodec: Sendable {
    /// The catalogue whose schemas are enforced.
    public let catalogue: TopicCatalogue

    /// A codec for `catalogue`, whose schemas were compiled when it loaded.
    public init(catalogue: TopicCatalogue) {
        self.catalogue = catalogue
    }

    /// The message for `payload`; throws `.schemaViolations` when the payload breaks its schema (a bug in the
    /// producing service, caught before it reaches a consumer) and `.invalidHeader` for an empty id or source.
    public func encode<P: EventPayload>(
        _ payload: P, id: String, source: String, time: Date
    ) throws(EnvelopeError) -> OutgoingEvent {
        try Self.checkIdentity(id: id, source: source)
        return assemble(try encodePayload(payload), id: id, source: source, time: time)
    }

    /// `payload`'s body, checked against its schema: the costly part of `encode`, which needs neither the event's id
    /// nor its time, so it can be done before either is known. Throws `.schemaViolations` as `encode` does.
    public func encodePayload<P: EventPayload>(_ payload: P) throws(EnvelopeError) -> EncodedPayload {
        let tree: JSONValue
        do {
            tree = try ContractJSON.encodeTree(payload)
        } catch let error as EncodingError {
            // Only a value JSON cannot hold (NaN or infinity) fails to encode; report it where it is.
            guard case .invalidValue(let invalid, let context) = error else { throw .schemaViolations(P.messageType, []) }
            let violation = SchemaViolation(
                path: JSONPointer.from(codingPath: context.codingPath), keyword: "type",
                message: "\(invalid) is not a JSON value")
            throw .schemaViolations(P.messageType, [violation])
        } catch {
            throw .schemaViolations(P.messageType, [SchemaViolation(path: "", keyword: "type", message: "\(error)")])
        }
        // Validated as a tree, before it is written: no bytes are produced and parsed back just to be checked.
        let violations = catalogue.schema(for: P.messageType).violations(of: tree)
        guard violations.isEmpty else { throw .schemaViolations(P.messageType, violations) }
        return EncodedPayload(type: P.messageType, subject: payload.subject, key: payload.partitionKey, value: tree.canonicalText)
    }

    /// The message for a body `encodePayload` checked; throws `.invalidHeader` for an empty id or source.
    public func envelope(
        _ payload: EncodedPayload, id: String, source: String, time: Date
    ) throws(EnvelopeError) -> OutgoingEvent {
        try Self.checkIdentity(id: id, source: source)
        return assemble(payload, id: id, source: source, time: time)
    }

    private static func checkIdentity(id: String, source: String) throws(EnvelopeError) {
        guard !id.isEmpty else {
            throw .invalidHeader(name: CloudEventHeader.id, value: id, expected: "a non-empty id")
        }
        guard !source.isEmpty else {
            throw .invalidHeader(name: CloudEventHeader.source, value: source, expected: "a non-empty source")
        }
    }

    private func assemble(_ payload: EncodedPayload, id: String, source: String, time: Date) -> OutgoingEvent {
        // Rounded as `ce_time` writes it, so these attributes equal what consumers decode.
        let attributes = CloudEventAttributes(
            id: id, source: source, type: payload.type, time: Timestamp.rounded(time), subject: payload.subject)
        return OutgoingEvent(attributes: attributes, key: payload.key, value: payload.value)
    }

    /// Checks a consumed message: headers, that `topic` carries its type, that the body is JSON valid against the
    /// type's schema, and that `ce_subject` is the body's ticket number. The first problem found is thrown.
    public func decode(
        headers: [(name: String, value: Data?)], value: Data?, topic: TopicName
    ) throws(EnvelopeError) -> IncomingEvent {
        let received = ReceivedHeaders(headers)
        let specVersion = try received.required(CloudEventHeader.specVersion)
        guard specVersion == CloudEventHeader.supportedSpecVersion else {
            throw .invalidHeader(name: CloudEventHeader.specVersion, value: specVersion, expected: "1.0")
        }
        let id = try received.requiredNonEmpty(CloudEventHeader.id, expected: "a non-empty id")
        let source = try received.requiredNonEmpty(CloudEventHeader.source, expected: "a non-empty source")
        let typeName = try received.required(CloudEventHeader.type)
        guard let type = MessageType(rawValue: typeName) else { throw .unknownType(typeName) }
        guard type.topic == topic else { throw .typeNotOnTopic(type, topic: topic) }
        let timeText = try received.required(CloudEventHeader.time)
        guard let time = Timestamp.parse(timeText) else {
            throw .invalidHeader(name: CloudEventHeader.time, value: timeText, expected: "an RFC 3339 date-time")
        }
        let contentType = try received.required(CloudEventHeader.contentType)
        guard Self.isJSON(contentType) else {
            throw .invalidHeader(
                name: CloudEventHeader.contentType, value: contentType, expected: "application/json (charset utf-8)")
        }
        let subject = try received.text(CloudEventHeader.subject)
        if subject == nil, type.subjectIsRequired { throw .missingHeader(name: CloudEventHeader.subject) }
        if let subject, subject.isEmpty {
            throw .invalidHeader(name: CloudEventHeader.subject, value: subject, expected: "a ticket number")
        }

        guard let value, !value.isEmpty else { throw .bodyNotJSON(detail: "the message has no value") }
        let document: JSONValue
        do {
            document = try JSONValue(parsing: value)
        } catch {
            throw .bodyNotJSON(detail: error.detail)
        }
        let violations = catalogue.schema(for: type).violations(of: document)
        guard violations.isEmpty else { throw .schemaViolations(type, violations) }
        // The subject keys the ticket's history; one that disagrees with the body would file the event elsewhere.
        if case .object(let members) = document, case .string(let ticketNo)? = members["ticketNo"] {
            guard let subject else { throw .missingHeader(name: CloudEventHeader.subject) }
            guard subject == ticketNo else {
                throw .invalidHeader(
                    name: CloudEventHeader.subject, value: subject, expected: "the body's ticketNo \(ticketNo)")
            }
        }
        let attributes = CloudEventAttributes(id: id, source: source, type: type, time: time, subject: subject)
        return IncomingEvent(topic: topic, attributes: attributes, body: value, document: document)
    }

    /// Whether a `content-type` value is JSON: `application/json` in any case, with parameters, UTF-8 if a charset.
    static func isJSON(_ contentType: String) -> Bool {
        // What every producer of ours writes; the general parse below is for other systems' spellings.
        if contentType == CloudEventHeader.jsonContentType { return true }
        let parts = contentType.split(separator: ";", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard parts.first == CloudEventHeader.jsonContentType else { return false }
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, !pair[0].isEmpty else { return false }
            if pair[0] == "charset", pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")) != "utf-8" {
                return false
            }
        }
        return true
    }
}
