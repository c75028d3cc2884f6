import GRDB
import ServiceStore

/// The callback service's own table: each followed ticket's state. Its timer is a row of the runtime's deadline
/// store.
enum CallbackMigrations {
    static let all = ServiceMigrations([
        .init("callback-1-tickets") { db in try followedTickets.create(in: db) },
    ])
}
