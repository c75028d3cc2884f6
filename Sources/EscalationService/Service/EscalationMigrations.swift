import GRDB
import ServiceStore

/// Escalation's own table: each watched ticket's state. Its timers are rows of the runtime's deadline store.
enum EscalationMigrations {
    static let all = ServiceMigrations([
        .init("escalation-1-tickets") { db in try watchedTickets.create(in: db) },
    ])
}
