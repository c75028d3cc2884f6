import CRdKafka

/// An error from the Kafka layer, carrying librdkafka's code and text and what the caller may do about it.
public struct KafkaError: Error, Sendable, CustomStringConvertible {
    /// Where in the wrapper the error arose.
    public enum Kind: String, Sendable {
        /// A configuration property was rejected; `property` names it.
        case configuration
        /// A client handle could not be created.
        case clientCreation
        /// A message could not be enqueued or its delivery failed.
        case produce
        /// Polling, assigning, seeking or committing failed.
        case consume
        /// A metadata, watermark or topic-administration request failed.
        case admin
        /// The embedded mock cluster refused an operation.
        case mockCluster
        /// The client has been closed.
        case closed
    }

    public let kind: Kind
    public let code: KafkaErrorCode
    public let message: String
    /// The configuration property at fault, for `.configuration`.
    public let property: String?
    /// The client instance is unusable and must be recreated (librdkafka's fatal error state).
    public let isFatal: Bool
    /// Repeating the same operation may succeed.
    public let isRetriable: Bool
    /// For a failed delivery: the broker may have stored the message anyway, so a resend may duplicate it
    /// (consumers deduplicate by `ce_id`). `false` means it certainly was not stored.
    public let possiblyPersisted: Bool

    init(
        kind: Kind, code: KafkaErrorCode, message: String, property: String? = nil,
        isFatal: Bool = false, isRetriable: Bool = false, possiblyPersisted: Bool = false
    ) {
        self.kind = kind
        self.code = code
        self.message = message
        self.property = property
        self.isFatal = isFatal
        self.isRetriable = isRetriable
        self.possiblyPersisted = possiblyPersisted
    }

    /// An error from a bare response code; retriability follows librdkafka's classification of transient codes.
    init(kind: Kind, code: KafkaErrorCode, context: String? = nil) {
        let text = code.explanation
        self.init(
            kind: kind, code: code, message: context.map { "\($0): \(text)" } ?? text,
            isFatal: code == .localFatal, isRetriable: KafkaError.transientCodes.contains(code))
    }

    /// An error from an `rd_kafka_error_t`, which it destroys.
    init(kind: Kind, consuming error: OpaquePointer) {
        defer { rd_kafka_error_destroy(error) }
        self.init(
            kind: kind, code: KafkaErrorCode(rd_kafka_error_code(error)),
            message: String(cString: rd_kafka_error_string(error)),
            isFatal: rd_kafka_error_is_fatal(error) != 0,
            isRetriable: rd_kafka_error_is_retriable(error) != 0)
    }

    static func closed(_ what: String) -> KafkaError {
        KafkaError(kind: .closed, code: .localDestroy, message: "\(what) has been closed")
    }

    public var description: String {
        var text = "Kafka \(kind.rawValue) error \(code.name)"
        if let property { text += " on '\(property)'" }
        text += ": \(message)"
        if isFatal { text += " [fatal: recreate the client]" } else if isRetriable { text += " [retriable]" }
        return text
    }

    /// Codes after which repeating the request can succeed without any change by the caller.
    static let transientCodes: Set<KafkaErrorCode> = [
        .localTransport, .localAllBrokersDown, .localTimedOut, .localQueueFull, .localMsgTimedOut,
        .localWaitCoord, .localRetry, .localResolve, .localPartitionEof,
        .notLeaderForPartition, .leaderNotAvailable, .requestTimedOut, .networkException,
        .notEnoughReplicas, .notEnoughReplicasAfterAppend, .coordinatorLoadInProgress,
        .coordinatorNotAvailable, .notCoordinator, .rebalanceInProgress, .unknownTopicOrPart,
    ]
}
