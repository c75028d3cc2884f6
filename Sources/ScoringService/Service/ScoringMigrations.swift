import GRDB
import ServiceKit
import ServiceStore

/// Where scoring keeps each ticket's facts and charges until a year after its close.
let scoredTickets = TicketStates<ScoredTicket>(table: "scoring_ticket")

/// Scoring's own tables: the tickets, the day-by-day figures of the KPIs and the ledger. Its timers are rows of the
/// runtime's deadline store.
enum ScoringMigrations {
    static let all = ServiceMigrations([
        .init("scoring-1-tables") { db in
            try scoredTickets.create(in: db)
            try FigureStore.create(in: db)
            try Ledger.create(in: db)
        },
        .init("scoring-2-ledger-by-time") { db in
            // A period's report reads the entries made in it; without this it scans years of ledger.
            try db.execute(sql: "CREATE INDEX scoring_ledger_at ON scoring_ledger (at)")
        },
    ])
}
