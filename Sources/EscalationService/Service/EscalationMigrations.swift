import GRDB
import ServiceStore

/// Escalation's own table: each watched ticket's state. Its timers are rows of the runtime's deadline store.
enum EscalationMigrations {
    static let all = ServiceMigrations([
        .init("escalation-1-tickets") { db in
            // The state is one encoded value a ticket: it is read and written whole on every message about the
            // ticket, and only the close is queried (to prune closed tickets).
            try db.execute(sql: """
                CREATE TABLE escalation_ticket (
                    ticket_no TEXT PRIMARY KEY NOT NULL,
                    state BLOB NOT NULL,
                    closed_at REAL
                ) WITHOUT ROWID;
                CREATE INDEX escalation_ticket_closed ON escalation_ticket (closed_at) WHERE closed_at IS NOT NULL;
                """)
        },
    ])
}
