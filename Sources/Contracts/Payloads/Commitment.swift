import Foundation

/// A promise made to the customer (承诺), tracked until kept (R5).
public struct Commitment: Codable, Sendable, Equatable {
    /// What was promised.
    public var description: String
    /// When it must be kept.
    public var dueAt: Date

    /// Creates a commitment.
    public init(description: String, dueAt: Date) {
        self.description = description
        self.dueAt = dueAt
    }
}
