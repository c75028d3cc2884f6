/// Why a message cannot be taken (or, for schema violations, published): one case per problem an operator fixes
/// differently, each with the details to find it.
public enum EnvelopeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A required header is absent (or has no value).
    case missingHeader(name: String)
    /// A header's value is not allowed; `value` as received (UTF-8, lossy), `expected` in words.
    case invalidHeader(name: String, value: String, expected: String)
    /// `ce_type` names no type of the contract.
    case unknownType(String)
    /// The type is not one the topic carries.
    case typeNotOnTopic(MessageType, topic: TopicName)
    /// The body is absent or not JSON.
    case bodyNotJSON(detail: String)
    /// The body fails the type's schema: every violation.
    case schemaViolations(MessageType, [SchemaViolation])
    /// The body passed its schema but does not decode as the payload type asked for.
    case undecodablePayload(MessageType, detail: String)

    /// The dead letter's `reasonCode`; stable, so dashboards and replays can rely on it.
    public var reasonCode: DeadLetterCode {
        switch self {
        case .missingHeader: .missingHeader
        case .invalidHeader: .invalidHeader
        case .unknownType: .unknownType
        case .typeNotOnTopic: .wrongTopic
        case .bodyNotJSON: .unparseable
        case .schemaViolations: .schemaViolation
        case .undecodablePayload: .undecodable
        }
    }

    /// One line an operator can act on.
    public var description: String {
        switch self {
        case .missingHeader(let name):
            "missing header \(name)"
        case .invalidHeader(let name, let value, let expected):
            "header \(name) is \(JSONValue.quote(value)), expected \(expected)"
        case .unknownType(let type):
            "ce_type \(JSONValue.quote(type)) is not a message type of the contract"
        case .typeNotOnTopic(let type, let topic):
            "type \(type.rawValue) is carried by \(type.topic.rawValue), not by \(topic.rawValue)"
        case .bodyNotJSON(let detail):
            "the body is not JSON: \(detail)"
        case .schemaViolations(let type, let violations):
            "the \(type.rawValue) body violates its schema: " + violations.map(\.description).joined(separator: "; ")
        case .undecodablePayload(let type, let detail):
            "the \(type.rawValue) body does not decode: \(detail)"
        }
    }
}
