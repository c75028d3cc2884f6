import Foundation
import GRDB

/// Why a service's database could not be opened or used, with what an operator needs to fix it.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    /// The file or its directory cannot be created or written (permissions, read-only disk, missing mount).
    case notWritable(path: String, reason: String)
    /// The file is not a SQLite database, or SQLite found it damaged.
    case corrupt(path: String, reason: String)
    /// A schema migration failed; the database is left at the previous version.
    case migrationFailed(path: String, migration: String, reason: String)
    /// Another process holds the database locked for longer than the busy timeout.
    case busy(path: String, waited: Duration)
    /// Any other SQLite failure.
    case sqlite(path: String, code: Int32, reason: String)

    public var description: String {
        switch self {
        case .notWritable(let path, let reason):
            "database \(path) is not writable: \(reason); check the directory's permissions and free space"
        case .corrupt(let path, let reason):
            "database \(path) is corrupt or not a SQLite file: \(reason); restore it from a backup or move it aside "
                + "to rebuild the state from the topics"
        case .migrationFailed(let path, let migration, let reason):
            "database \(path): migration \(migration) failed: \(reason)"
        case .busy(let path, let waited):
            "database \(path) stayed locked for \(waited); is another instance of this service running on it?"
        case .sqlite(let path, let code, let reason):
            "database \(path): SQLite error \(code): \(reason)"
        }
    }

    /// Maps a GRDB error to the case an operator can act on.
    static func from(_ error: any Error, path: String, busyTimeout: Duration) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else {
            return .notWritable(path: path, reason: "\(error)")
        }
        let reason = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return .corrupt(path: path, reason: reason)
        case .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_FULL, .SQLITE_IOERR:
            return .notWritable(path: path, reason: reason)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .busy(path: path, waited: busyTimeout)
        default:
            return .sqlite(path: path, code: error.resultCode.rawValue, reason: reason)
        }
    }
}
