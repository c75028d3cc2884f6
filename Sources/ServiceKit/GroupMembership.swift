import Kafka

/// How a service process belongs to its consumer group, chosen so that a process killed with SIGKILL and started
/// again consumes within seconds instead of waiting for the group to give up on the dead process.
///
/// Two mechanisms, because the brokers differ:
/// - Static membership (`instanceID`, KIP-345). Apache Kafka (2.3 and later) knows the restarted process by its
///   instance id and gives it its partitions back at once, without a rebalance, after a SIGKILL as after a graceful
///   stop (a static member does not leave the group when it closes).
/// - A short session timeout. librdkafka 2.0.2's mock cluster, the embedded broker, ignores the instance id: there the
///   restarted process is only assigned once the old member's session has expired and a further rebalance delay of
///   about the same has passed: about twice the session timeout after a restart at once (the intake, measured: 5.8 s
///   at 3 s, 11.8 s at 6 s, 90 s at librdkafka's 45 s).
public struct GroupMembership: Sendable, Equatable {
    /// `group.instance.id`; `nil` for dynamic membership.
    public var instanceID: String?
    /// A member silent this long is evicted (`session.timeout.ms`). A real broker refuses a value below its
    /// `group.min.session.timeout.ms` (6 s unless configured otherwise).
    public var sessionTimeout: Duration

    /// Apache Kafka's default lower bound for a session timeout, and the services' default.
    public static let defaultSessionTimeout: Duration = .seconds(6)

    public init(instanceID: String?, sessionTimeout: Duration = GroupMembership.defaultSessionTimeout) {
        self.instanceID = instanceID
        self.sessionTimeout = sessionTimeout
    }

    /// A sixth of the session timeout, at most librdkafka's default of 3 s: a member hears of a rebalance with its
    /// next heartbeat, and several heartbeats fit in a session, so one lost heartbeat does not evict it.
    public var heartbeatInterval: Duration { min(sessionTimeout / 6, .seconds(3)) }

    /// What is wrong with `id` as an instance id, by the rule Kafka's own clients enforce (that of topic names):
    /// 1 to 249 of `a-z A-Z 0-9 . _ -`, and neither `.` nor `..`; nil when it is fine.
    public static func problem(withInstanceID id: String) -> String? {
        if id.isEmpty { return "is empty" }
        if id == "." || id == ".." { return "is . or .." }
        if id.utf8.count > 249 { return "is longer than 249 characters" }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-".unicodeScalars)
        if !id.unicodeScalars.allSatisfy(allowed.contains) { return "has characters other than a-z A-Z 0-9 . _ -" }
        return nil
    }

    func apply(to consumer: inout ConsumerConfiguration) {
        consumer.groupInstanceID = instanceID
        consumer.sessionTimeout = sessionTimeout
        consumer.heartbeatInterval = heartbeatInterval
    }
}
