/// A dead letter's `reasonCode`: the machine-readable kind of reason; `EnvelopeError.reasonCode` gives the envelope's.
public enum DeadLetterCode: String, CaseIterable, Sendable, Codable {
    /// The body is not JSON.
    case unparseable
    /// The body is JSON but fails its type's schema.
    case schemaViolation = "schema-violation"
    /// `ce_type` is not a type of the contract.
    case unknownType = "unknown-type"
    /// A required header is absent.
    case missingHeader = "missing-header"
    /// A header is present with a value that is not allowed.
    case invalidHeader = "invalid-header"
    /// The type is carried by another topic.
    case wrongTopic = "wrong-topic"
    /// The body passed its schema but not the payload type: the code and the schema disagree.
    case undecodable
    /// The service refused a well-formed event under a business rule.
    case rejected
    /// The service's handler failed on it (a bug); the dead letter keeps it for a replay.
    case unhandled
}
