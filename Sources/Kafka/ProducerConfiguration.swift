/// A producer that loses nothing by default: idempotent, `acks=all`, retried until `messageTimeout`.
public struct ProducerConfiguration: Sendable {
    /// How many replicas must have a message before the broker acknowledges it.
    public enum Acknowledgement: String, Sendable {
        case leader = "1"
        case all = "all"
        case none = "0"
    }

    /// Batch compression.
    public enum Compression: String, Sendable {
        case none, gzip, snappy, lz4, zstd
    }

    public var client: KafkaConfiguration
    /// Exactly-once per partition for this producer's session (`enable.idempotence`); requires `acks=all`.
    public var idempotent: Bool
    public var acknowledgement: Acknowledgement
    /// How long librdkafka keeps retrying a message before reporting it failed (`message.timeout.ms`).
    public var messageTimeout: Duration
    /// How long to wait for a batch to fill (`linger.ms`).
    public var linger: Duration
    public var compression: Compression
    /// Messages librdkafka may hold before `send` has to wait (`queue.buffering.max.messages`).
    public var queueCapacity: Int

    public init(
        client: KafkaConfiguration, idempotent: Bool = true, acknowledgement: Acknowledgement = .all,
        messageTimeout: Duration = .seconds(600), linger: Duration = .milliseconds(5),
        compression: Compression = .none, queueCapacity: Int = 500_000
    ) {
        self.client = client
        self.idempotent = idempotent
        self.acknowledgement = acknowledgement
        self.messageTimeout = messageTimeout
        self.linger = linger
        self.compression = compression
        self.queueCapacity = queueCapacity
    }

    var librdkafkaProperties: [(String, String)] {
        ordered(client.librdkafkaProperties + [
            ("enable.idempotence", String(idempotent)),
            ("acks", acknowledgement.rawValue),
            ("message.timeout.ms", String(messageTimeout.milliseconds)),
            ("linger.ms", String(linger.milliseconds)),
            ("compression.codec", compression.rawValue),
            ("queue.buffering.max.messages", String(queueCapacity)),
        ], passThrough: client.properties)
    }
}
