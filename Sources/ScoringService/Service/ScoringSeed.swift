import Foundation
import GRDB

extension ScoringService {
    /// Stores `tickets` as the handlers leave them, each state with its figures added to the day's sums: a store
    /// that has scored them already (the throughput benchmark's). They carry no ledger entries or timers yet.
    package static func seed(_ tickets: [ScoredTicket], in db: Database) throws {
        var figures: [FigureKey: FigureValue] = [:]
        for ticket in tickets {
            try scoredTickets.save(ticket, of: ticket.ticketNo, closedAt: ticket.closedAt, in: db)
            add(ticket.figures, to: &figures)
        }
        try record(figures: figures, entries: [], in: db)
    }

    /// Adds `figures`, the sum of tickets' figures, to the store's and writes `entries` in the ledger, through the
    /// code the handlers use for a ticket's change: what a month of tickets leaves for its report (the report
    /// benchmark's store, which keeps no ticket states because a report never reads them).
    package static func record(figures: [FigureKey: FigureValue], entries: [LedgerEntry], in db: Database) throws {
        try FigureStore.apply(from: [:], to: figures, in: db)
        for entry in entries { _ = try Ledger.write(entry, in: db) }
    }

    /// Adds `figures` to `sum`: many tickets' figures applied at once, as one difference from nothing.
    package static func add(_ figures: [FigureKey: FigureValue], to sum: inout [FigureKey: FigureValue]) {
        for (key, value) in figures {
            sum[key, default: FigureValue(count: 0)].count += value.count
            sum[key, default: FigureValue(count: 0)].sum += value.sum
        }
    }
}
