import Contracts
import Foundation

/// The units' promises to a customer on one ticket (R5) and what became of each: a later result before a promise's
/// time keeps it (a result with a new promise replaces it instead), its time passing first breaks it. Escalation
/// keeps one to fire `commitment.overdue`; the callback service keeps one for the closed ticket's story.
public struct PromiseBook: Codable, Sendable, Equatable {
    /// A promise and its fate so far.
    public struct Entry: Codable, Sendable, Equatable {
        public var promise: Commitment
        /// The unit that made it.
        public var unit: String
        public var tier: Tier
        /// `open` until kept, replaced or broken.
        public var fate: ComplaintClosed.PromiseFate
    }

    /// Every promise, oldest first.
    public private(set) var entries: [Entry] = []

    public init() {}

    /// A book as stored.
    init(entries: [Entry]) { self.entries = entries }

    /// The promise still waiting to be kept, if any (only the latest can be).
    public var open: Entry? { entries.last.flatMap { $0.fate == .open ? $0 : nil } }

    /// A unit reported a result: the open promise is kept, or replaced when the result makes a new promise, which is
    /// then open. Returns whether a promise was open before (so its timer can go).
    @discardableResult
    public mutating func result(promising promise: Commitment?, by unit: String, tier: Tier) -> Bool {
        let settled = open != nil
        if settled { entries[entries.count - 1].fate = promise == nil ? .kept : .replaced }
        if let promise { entries.append(Entry(promise: promise, unit: unit, tier: tier, fate: .open)) }
        return settled
    }

    /// The open promise's time passed before a result kept it; returns it, broken, or nil when none was open.
    public mutating func broken() -> Entry? {
        guard open != nil else { return nil }
        entries[entries.count - 1].fate = .broken
        return entries.last
    }

    /// The promises as the closed ticket's story lists them.
    public var records: [ComplaintClosed.PromiseRecord] {
        entries.map { .init(description: $0.promise.description, dueAt: $0.promise.dueAt, unit: $0.unit, fate: $0.fate) }
    }
}
