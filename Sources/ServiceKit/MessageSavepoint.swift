import GRDB

/// One message's effects inside the batch transaction: kept on success, undone alone when the handler refuses it.
///
/// GRDB's `inSavepoint` parses its SAVEPOINT and RELEASE statements on every call; this runs once per message, so
/// it keeps the three statements prepared.
enum MessageSavepoint {
    static func run(in db: Database, _ work: () throws -> Void) throws {
        try db.cachedStatement(sql: "SAVEPOINT message").execute()
        do {
            try work()
        } catch {
            // Undo this message's writes, then leave the savepoint; the batch's other messages are untouched.
            try db.cachedStatement(sql: "ROLLBACK TO SAVEPOINT message").execute()
            try db.cachedStatement(sql: "RELEASE SAVEPOINT message").execute()
            throw error
        }
        try db.cachedStatement(sql: "RELEASE SAVEPOINT message").execute()
    }
}
