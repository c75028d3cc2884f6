import Contracts
import Kafka

/// How a runner consumes: its topics, its consumer group and the size and pace of its batches.
public struct RunnerSettings: Sendable {
    public var topics: [TopicName]
    public var consumer: ConsumerConfiguration
    /// Messages applied per transaction; larger batches amortise the commit's fsync.
    public var batchSize: Int
    /// How long a poll waits for a first message; also how often due work is looked at when nothing arrives.
    public var pollTimeout: Duration
    /// How often the applied offsets are mirrored to Kafka's group commit (the truth is in SQLite).
    public var commitInterval: Duration
    /// How deadlines are fired.
    public var deadlines = DeadlineSettings()
    /// Told the size and duration of every applied batch (the benchmark's latency figures).
    package var batchObserver: (@Sendable (_ messages: Int, _ duration: Duration) -> Void)?

    public init(
        topics: [TopicName], consumer: ConsumerConfiguration, batchSize: Int = 1_000,
        pollTimeout: Duration = .milliseconds(100), commitInterval: Duration = .seconds(1)
    ) {
        self.topics = topics
        self.consumer = consumer
        self.batchSize = batchSize
        self.pollTimeout = pollTimeout
        self.commitInterval = commitInterval
    }
}
