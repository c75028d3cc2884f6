import Foundation

/// What a deadline is for: the ticket (its subject) and the step that must happen by then (`H4`, `callback`, …).
/// A ticket has at most one deadline per step; scheduling the same key again moves it.
public struct DeadlineKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var subject: String
    public var step: String

    public init(subject: String, step: String) {
        self.subject = subject
        self.step = step
    }

    public var description: String { "\(subject)/\(step)" }

    public static func < (lhs: DeadlineKey, rhs: DeadlineKey) -> Bool {
        (lhs.subject, lhs.step) < (rhs.subject, rhs.step)
    }
}

/// A stored moment by which something must have happened, and what its scheduler wanted to remember about it.
public struct Deadline: Sendable, Equatable {
    public var key: DeadlineKey
    /// When it falls due; with the key, it names the events its firing publishes.
    public var dueAt: Date
    /// The scheduler's own data (JSON), handed back when it fires.
    public var note: Data?
    /// Failed firings so far.
    public var attempts: Int
    /// The error of the last failed firing.
    public var lastError: String?
    /// When the runtime next fires it: the due time, a retry after a failure, or nil once it is parked.
    public var nextAttemptAt: Date?
    /// When it was set aside after failing too often; an operator retries it (`complaints deadlines retry`).
    public var parkedAt: Date?

    public init(
        key: DeadlineKey, dueAt: Date, note: Data? = nil, attempts: Int = 0, lastError: String? = nil,
        nextAttemptAt: Date? = nil, parkedAt: Date? = nil
    ) {
        self.key = key
        self.dueAt = dueAt
        self.note = note
        self.attempts = attempts
        self.lastError = lastError
        self.nextAttemptAt = nextAttemptAt
        self.parkedAt = parkedAt
    }

    /// The scheduler's note decoded as `Note`.
    public func note<Note: Decodable>(as type: Note.Type) throws -> Note {
        guard let note else { throw DecodingError.valueNotFound(type, .init(codingPath: [], debugDescription: "no note")) }
        return try JSONDecoder().decode(type, from: note)
    }
}
