import Units
import GRDB
import ServiceStore

/// Routing's tables: where each ticket is and has been, and how many open tickets each person holds.
enum RoutingMigrations {
    static let all = ServiceMigrations([
        .init("routing-1-tickets-and-load") { db in
            // One row per registered ticket: its owner (P1), where the work is, the person and the step it started
            // there, and every placement so far (transfer loops, supervision's return).
            try db.execute(sql: """
                CREATE TABLE routing_ticket (
                    ticket_no TEXT PRIMARY KEY NOT NULL,
                    owner_unit TEXT NOT NULL,
                    owner_person TEXT,
                    history TEXT NOT NULL,
                    person TEXT,
                    step TEXT NOT NULL,
                    due_at REAL NOT NULL,
                    closed_at REAL
                ) WITHOUT ROWID;
                CREATE TABLE routing_load (
                    person TEXT PRIMARY KEY NOT NULL,
                    open_tickets INTEGER NOT NULL
                ) WITHOUT ROWID;
                """)
        },
    ])
}
