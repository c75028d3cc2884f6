/// A group consumer whose offsets move only when the application says so.
///
/// `enable.auto.commit` and `enable.auto.offset.store` are always off and the assignment strategy is
/// cooperative-sticky: a service stores offsets in its own database first and mirrors them to Kafka afterwards.
public struct ConsumerConfiguration: Sendable {
    /// Where to start in a partition that has no committed offset.
    public enum OffsetReset: String, Sendable {
        case earliest, latest
        /// Fail instead of guessing.
        case error
    }

    public var client: KafkaConfiguration
    public var groupID: String
    public var offsetReset: OffsetReset
    /// A member silent this long is evicted (`session.timeout.ms`); rejoining waits about as long.
    public var sessionTimeout: Duration
    public var heartbeatInterval: Duration
    /// The longest gap allowed between two polls before the member leaves the group (`max.poll.interval.ms`).
    public var maxPollInterval: Duration

    public init(
        client: KafkaConfiguration, groupID: String, offsetReset: OffsetReset = .earliest,
        sessionTimeout: Duration = .seconds(45), heartbeatInterval: Duration = .seconds(3),
        maxPollInterval: Duration = .seconds(300)
    ) {
        self.client = client
        self.groupID = groupID
        self.offsetReset = offsetReset
        self.sessionTimeout = sessionTimeout
        self.heartbeatInterval = heartbeatInterval
        self.maxPollInterval = maxPollInterval
    }

    var librdkafkaProperties: [(String, String)] {
        ordered(client.librdkafkaProperties + [
            ("group.id", groupID),
            ("auto.offset.reset", offsetReset.rawValue),
            ("session.timeout.ms", String(sessionTimeout.milliseconds)),
            ("heartbeat.interval.ms", String(heartbeatInterval.milliseconds)),
            ("max.poll.interval.ms", String(maxPollInterval.milliseconds)),
            ("partition.assignment.strategy", "cooperative-sticky"),
        ], passThrough: client.properties) + ConsumerConfiguration.offsetControl
    }

    /// Applied after the pass-through: the exactly-once design depends on them, so they cannot be overridden.
    static let offsetControl: [(String, String)] = [
        ("enable.auto.commit", "false"),
        ("enable.auto.offset.store", "false"),
        ("enable.partition.eof", "false"),
    ]
}
