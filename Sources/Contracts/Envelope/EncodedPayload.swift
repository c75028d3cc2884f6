import Foundation

/// A payload's body written as JSON and checked against its type's schema, waiting for the id and time of the event
/// that will carry it (`ContractCodec.envelope`).
public struct EncodedPayload: Sendable, Equatable {
    public let type: MessageType
    /// The ticket number (`ce_subject`), nil for events not about one ticket.
    public let subject: String?
    /// The message key.
    public let key: String?
    /// The body as `ContractJSON` writes it.
    public let value: Data
}
