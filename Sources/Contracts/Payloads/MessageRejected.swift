import Foundation

/// `message.rejected`: a consumed message a service could not take, kept byte for byte for an operator to replay.
public struct MessageRejected: EventPayload {
    /// `message.rejected`.
    public static let messageType = MessageType.messageRejected

    /// The topic it was read from.
    public var sourceTopic: TopicName
    /// Its partition.
    public var partition: Int
    /// Its offset.
    public var offset: Int64
    /// What was wrong, for people.
    public var reason: String
    /// What was wrong, for machines.
    public var reasonCode: DeadLetterCode
    /// The original value, byte for byte; `originalBase64` in JSON.
    public var original: Data
    /// The original key as UTF-8; nil (written as null) when it had none.
    @Nullable public var originalKey: String?
    /// The original headers as UTF-8 text.
    public var headers: [String: String]

    private enum CodingKeys: String, CodingKey {
        case sourceTopic, partition, offset, reason, reasonCode, originalKey, headers
        case original = "originalBase64"
    }

    /// Creates the payload.
    public init(
        sourceTopic: TopicName, partition: Int, offset: Int64, reason: String, reasonCode: DeadLetterCode,
        original: Data, originalKey: String?, headers: [String: String]
    ) {
        self.sourceTopic = sourceTopic
        self.partition = partition
        self.offset = offset
        self.reason = reason
        self.reasonCode = reasonCode
        self.original = original
        self.originalKey = originalKey
        self.headers = headers
    }

    /// The dead letter of a message the envelope refused: the error's description and code, the raw bytes kept.
    public init(
        refusing error: EnvelopeError, topic: TopicName, partition: Int, offset: Int64, key: Data?, value: Data?,
        headers: [(name: String, value: Data?)]
    ) {
        self.init(
            rejecting: error.description, code: error.reasonCode, topic: topic, partition: partition, offset: offset,
            key: key, value: value, headers: headers)
    }

    /// The dead letter of a consumed message refused for `reason`: its raw key, bytes and headers kept.
    /// Header values that are not UTF-8 are kept with replacement characters; an empty value stays empty.
    public init(
        rejecting reason: String, code: DeadLetterCode, topic: TopicName, partition: Int, offset: Int64, key: Data?,
        value: Data?, headers: [(name: String, value: Data?)]
    ) {
        var texts: [String: String] = [:]
        for header in headers {
            texts[header.name] = header.value.map { String(decoding: $0, as: UTF8.self) } ?? ""
        }
        self.init(
            sourceTopic: topic, partition: partition, offset: offset, reason: reason, reasonCode: code,
            original: value ?? Data(), originalKey: key.map { String(decoding: $0, as: UTF8.self) }, headers: texts)
    }

    /// None: a dead letter is about a message, not a ticket.
    public var subject: String? { nil }
    /// The original key, so a dead letter lands in the partition its original did.
    public var partitionKey: String? { originalKey }
}
