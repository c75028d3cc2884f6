import GRDB
import ServiceStore

/// The callback service's own table: each followed ticket's state. Its timer is a row of the runtime's deadline
/// store.
enum CallbackMigrations {
    static let all = ServiceMigrations([
        .init("callback-1-tickets") { db in try followedTickets.create(in: db) },
        // A followed ticket's state, its story so far, is 1.5–2 kB: too large for a `WITHOUT ROWID` table's page.
        .init("callback-2-tickets-by-rowid") { db in try followedTickets.recreate(in: db, rows: .byRowid) },
    ])
}
