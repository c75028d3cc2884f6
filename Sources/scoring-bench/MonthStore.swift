import Foundation
import ScoringService
import ServiceStore
import Synchronization

/// A scoring store holding what `events` events falling in March 2026 leave for the monthly report: the figures of
/// the month's tickets summed per day and the ledger's entries, written through the service's own code
/// (`ScoredTicket.figures` applied with `FigureStore.apply`, `Ledger.write`) from the rules' decisions on each ticket
/// (`ScoredLife`). The tickets are spread over the 31 days, 07:00 to 21:00, and live their whole story within the
/// month; the timers falling due in March are fired. No ticket states are kept: a report never reads them.
///
/// Filling is setup, not measured: each transaction takes `chunk` tickets, whose decisions are worked out on every
/// core first. The file is kept under `directory`, named by its size and `version`, and a later call reuses it.
struct MonthStore: Sendable {
    let mix: TicketMix
    let scoring: TicketScoring
    let events: Int
    /// Tickets whose events add up to at least `events`.
    let tickets: Int

    /// Bumped whenever the mix or the fill changes, so that no call reads a store filled the old way.
    static let version = 1
    static let start = ThroughputTraffic.time("2026-03-01T00:00:00")
    static let end = ThroughputTraffic.time("2026-04-01T00:00:00")
    static let chunk = 20_000

    init(events: Int, mix: TicketMix, scoring: TicketScoring) {
        self.mix = mix
        self.scoring = scoring
        self.events = events
        var (tickets, counted) = (0, 0)
        while counted < events {
            counted += mix.profile(tickets).events
            tickets += 1
        }
        self.tickets = tickets
    }

    func path(in directory: URL) -> URL {
        directory.appendingPathComponent("scoring-2026-03-\(events)-events-v\(Self.version).sqlite")
    }

    /// The store's file, filled now unless an earlier call left it; and whether it was.
    func filled(in directory: URL, migrations: ServiceMigrations) throws -> (path: URL, reused: Bool) {
        let path = path(in: directory)
        if FileManager.default.fileExists(atPath: path.path) { return (path, true) }
        // Filled under another name and renamed once complete and closed: an interrupted fill is never reused.
        let partial = directory.appendingPathComponent("partial-" + path.lastPathComponent)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: partial.path + suffix) }
        try fill(at: partial, migrations: migrations)
        try FileManager.default.moveItem(at: partial, to: path)
        // The log was checkpointed into the file and emptied; what is left of it under the old name is nothing.
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: partial.path + suffix) }
        return (path, false)
    }

    /// Writes the month into a new store at `path`, each chunk of tickets in one transaction, and checkpoints it
    /// into its one file.
    private func fill(at path: URL, migrations: ServiceMigrations) throws {
        let database = try ServiceDatabase(path: path.path, migrations: migrations, durability: .scratch)
        for first in stride(from: 0, to: tickets, by: Self.chunk) {
            let (figures, entries) = decisions(first..<min(first + Self.chunk, tickets))
            try database.write { db in try ScoringService.record(figures: figures, entries: entries, in: db) }
        }
        try database.checkpoint()
    }

    /// The summed figures and the ledger entries (in ticket order) of `tickets`, worked out on every core.
    func decisions(_ tickets: Range<Int>) -> (figures: [FigureKey: FigureValue], entries: [LedgerEntry]) {
        let parts = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let size = (tickets.count + parts - 1) / parts
        let results = Mutex<[Int: (figures: [FigureKey: FigureValue], entries: [LedgerEntry])]>([:])
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            var figures: [FigureKey: FigureValue] = [:]
            var entries: [LedgerEntry] = []
            let first = tickets.lowerBound + part * size
            for number in first..<min(first + size, tickets.upperBound) {
                let life = ScoredLife(ticket(number), scoring: scoring, firingBefore: Self.end)
                ScoringService.add(life.ticket.figures, to: &figures)
                entries += life.entries
            }
            results.withLock { $0[part] = (figures, entries) }
        }
        return results.withLock { results in
            var figures: [FigureKey: FigureValue] = [:]
            var entries: [LedgerEntry] = []
            for part in 0..<parts {
                guard let result = results[part] else { continue }
                ScoringService.add(result.figures, to: &figures)
                entries += result.entries
            }
            return (figures, entries)
        }
    }

    /// Ticket `number`: received on day `number × 31 / tickets` of March, between 07:00 and 21:00, everything after
    /// its receipt within the month.
    func ticket(_ number: Int) -> SyntheticTicket {
        let day = number * 31 / tickets
        let clock = 7 * 3600 + (number &* 7_919) % (14 * 3600)
        return mix.ticket(
            number, receivedAt: Self.start.addingTimeInterval(Double(day * 86_400 + clock)),
            latest: Self.end.addingTimeInterval(-60))
    }
}
