import Contracts
import Foundation

/// How long a service keeps what it no longer needs, and how often it prunes.
///
/// The inbox must outlive every message that could still be delivered again: its retention is at least the longest
/// retention of the topics the service reads, and a shorter setting is refused at start.
public struct Retention: Sendable, Equatable {
    /// Applied message ids (dedupe). Nil: the longest retention of the service's topics.
    public var inboxDays: Int?
    /// Events already published.
    public var sentOutboxDays: Int
    /// How often the pruner runs.
    public var interval: Duration

    public static let defaultSentOutboxDays = 7
    public static let defaultInterval: Duration = .seconds(3_600)

    public init(inboxDays: Int? = nil, sentOutboxDays: Int = Self.defaultSentOutboxDays, interval: Duration = Self.defaultInterval) {
        self.inboxDays = inboxDays
        self.sentOutboxDays = sentOutboxDays
        self.interval = interval
    }

    /// The shortest inbox retention that keeps dedupe whole for a service reading `topics`: the longest of their
    /// retentions, rounded up to whole days (a topic kept forever needs the inbox kept forever: nil).
    public static func minimumInboxDays(for topics: [TopicName], in catalogue: TopicCatalogue) -> Int? {
        let retentions = topics.map { catalogue.definition(of: $0).retentionMilliseconds }
        guard !retentions.contains(where: { $0 < 0 }) else { return nil }
        let longest = retentions.max() ?? 0
        return Int((longest + 86_400_000 - 1) / 86_400_000)
    }

    /// The inbox retention this service runs with, or why it cannot: nil days means ids are never pruned.
    public func inboxDays(for topics: [TopicName], in catalogue: TopicCatalogue) -> Result<Int?, RetentionError> {
        let minimum = Self.minimumInboxDays(for: topics, in: catalogue)
        guard let inboxDays else { return .success(minimum) }
        guard let minimum else { return .failure(.inboxShorterThanTopics(days: inboxDays, minimum: nil)) }
        guard inboxDays >= minimum else { return .failure(.inboxShorterThanTopics(days: inboxDays, minimum: minimum)) }
        return .success(inboxDays)
    }
}

/// A retention that would let a redelivered message through the inbox.
public enum RetentionError: Error, Sendable, Equatable, CustomStringConvertible {
    case inboxShorterThanTopics(days: Int, minimum: Int?)

    public var description: String {
        switch self {
        case .inboxShorterThanTopics(let days, let minimum?):
            "an inbox retention of \(days) days is shorter than the \(minimum) days its topics keep messages; a "
                + "redelivered message would be applied twice"
        case .inboxShorterThanTopics(let days, nil):
            "an inbox retention of \(days) days cannot be set: one of its topics keeps messages forever"
        }
    }
}
