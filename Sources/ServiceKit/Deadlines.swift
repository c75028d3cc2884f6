import Foundation
import GRDB
import ServiceStore

/// A handler's deadlines, written in its transaction: scheduled, moved and cancelled together with the state change
/// that decided them. The runtime fires each one when it falls due (`EventHandler.fire`), also after a restart.
public struct Deadlines {
    let db: Database

    /// Schedules the deadline of `key` at `dueAt`, or moves it there; `note` comes back when it fires.
    public func schedule(_ key: DeadlineKey, at dueAt: Date, note: Data? = nil) throws {
        try DeadlineStore.schedule(key, at: dueAt, note: note, in: db)
    }

    /// Schedules with `note` stored as JSON (read back with `Deadline.note(as:)`).
    public func schedule<Note: Encodable>(_ key: DeadlineKey, at dueAt: Date, encoding note: Note) throws {
        let data: Data = try Self.encoder.encode(note)
        try DeadlineStore.schedule(key, at: dueAt, note: data, in: db)
    }

    /// Cancels the deadline of `key`; returns whether there was one.
    @discardableResult
    public func cancel(_ key: DeadlineKey) throws -> Bool { try DeadlineStore.cancel(key, in: db) }

    /// Cancels every deadline of a ticket; returns how many there were.
    @discardableResult
    public func cancelAll(of subject: String) throws -> Int { try DeadlineStore.cancelAll(subject: subject, in: db) }

    /// The deadline of `key`, if one is scheduled.
    public func find(_ key: DeadlineKey) throws -> Deadline? { try DeadlineStore.find(key, in: db) }

    /// Every deadline of a ticket.
    public func all(of subject: String) throws -> [Deadline] { try DeadlineStore.all(subject: subject, in: db) }

    // Sorted keys: the same note is stored as the same bytes.
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }()
}
