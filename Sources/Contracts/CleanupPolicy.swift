/// A topic's `cleanup.policy` on the broker.
public enum CleanupPolicy: String, CaseIterable, Sendable, Codable {
    /// Old segments are deleted after the retention time.
    case delete
    /// Only the newest message of each key is kept.
    case compact
}
