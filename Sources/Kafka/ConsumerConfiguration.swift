/// A group consumer whose offsets move only when the application says so.
///
/// `enable.auto.commit` and `enable.auto.offset.store` are always off: a service stores offsets in its own database
/// first and mirrors them to Kafka afterwards.
///
/// The assignment strategy is round-robin (eager), not cooperative-sticky: librdkafka 2.0.2 aborts the process
/// (`rd_kafka_sticky_assignor_state_destroy: Assertion 'assignor_state' failed`, librdkafka issue 4312, fixed in
/// 2.3.0) when a cooperative-sticky consumer is destroyed after joining its group and before its first assignment:
/// a SIGTERM during a group join would crash the service instead of stopping it. A service takes its start offsets
/// from its own database on every assignment, so an eager rebalance costs a pause, never a message. The pass-through
/// `partition.assignment.strategy` property still chooses another strategy; the wrapper handles both protocols.
public struct ConsumerConfiguration: Sendable {
    /// Where to start in a partition that has no committed offset.
    public enum OffsetReset: String, Sendable {
        case earliest, latest
        /// Fail instead of guessing.
        case error
    }

    public var client: KafkaConfiguration
    public var groupID: String
    /// Static membership (KIP-345, `group.instance.id`): the coordinator knows a restarted member by this id and hands
    /// it its partitions back without a rebalance, if it returns within the session timeout; such a member does not
    /// leave the group on close either. Unique per running member: a second member with the same id fences the
    /// first (a fatal error for it). `nil` is dynamic membership.
    public var groupInstanceID: String?
    public var offsetReset: OffsetReset
    /// A member silent this long is evicted (`session.timeout.ms`). A dynamic member replacing a crashed one waits
    /// for that eviction; a static one does not on Apache Kafka (see `groupInstanceID`).
    public var sessionTimeout: Duration
    public var heartbeatInterval: Duration
    /// The longest gap allowed between two polls before the member leaves the group (`max.poll.interval.ms`).
    public var maxPollInterval: Duration
    /// How much librdkafka fetches ahead of the application.
    public var prefetch: Prefetch

    /// librdkafka's local read-ahead: it stops fetching once its queue holds `messages` messages
    /// (`queued.min.messages`) or `kilobytes` KB (`queued.max.messages.kbytes`). In 2.0.2 it then resumes only at
    /// its next timed wake-up, about half a second later, even if the queue was emptied at once; a consumer that takes
    /// large batches and works on each between polls meets that pause after every burst. Raise these where memory
    /// allows and throughput matters.
    public struct Prefetch: Sendable, Equatable {
        public var messages: Int
        public var kilobytes: Int

        public init(messages: Int = 100_000, kilobytes: Int = 65_536) {
            self.messages = messages
            self.kilobytes = kilobytes
        }
    }

    public init(
        client: KafkaConfiguration, groupID: String, groupInstanceID: String? = nil, offsetReset: OffsetReset = .earliest,
        sessionTimeout: Duration = .seconds(45), heartbeatInterval: Duration = .seconds(3),
        maxPollInterval: Duration = .seconds(300), prefetch: Prefetch = Prefetch()
    ) {
        self.client = client
        self.groupID = groupID
        self.groupInstanceID = groupInstanceID
        self.offsetReset = offsetReset
        self.sessionTimeout = sessionTimeout
        self.heartbeatInterval = heartbeatInterval
        self.maxPollInterval = maxPollInterval
        self.prefetch = prefetch
    }

    var librdkafkaProperties: [(String, String)] {
        var typed = client.librdkafkaProperties + [("group.id", groupID)]
        if let groupInstanceID { typed.append(("group.instance.id", groupInstanceID)) }
        typed += [
            ("auto.offset.reset", offsetReset.rawValue),
            ("session.timeout.ms", String(sessionTimeout.milliseconds)),
            ("heartbeat.interval.ms", String(heartbeatInterval.milliseconds)),
            ("max.poll.interval.ms", String(maxPollInterval.milliseconds)),
            ("partition.assignment.strategy", "roundrobin"),
            ("queued.min.messages", String(prefetch.messages)),
            ("queued.max.messages.kbytes", String(prefetch.kilobytes)),
        ]
        return ordered(typed, passThrough: client.properties) + ConsumerConfiguration.offsetControl
    }

    /// Applied after the pass-through: the exactly-once design depends on them, so they cannot be overridden.
    static let offsetControl: [(String, String)] = [
        ("enable.auto.commit", "false"),
        ("enable.auto.offset.store", "false"),
        ("enable.partition.eof", "false"),
    ]
}
