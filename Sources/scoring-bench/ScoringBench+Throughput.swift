import BusinessTime
import Contracts
import Foundation
import Logging
import ScoringService
import ServiceKit
import ServiceStore
import TestFixtures
import TestSupport

extension ScoringBench {
    /// Events applied per second by the scoring service (its runtime, SQLite store, outbox and relay) against the
    /// pass-through service on as many hotline tickets, alternating; every scoring run starts from a copy of one
    /// seeded store. An untimed run first checks that the input is applied as meant: nothing dead-lettered.
    func measureThroughput(
        _ definition: ServiceDefinition, scoring: TicketScoring, mix: TicketMix, calendar: BusinessCalendar,
        logger: Logger
    ) async throws {
        let catalogue = try TopicCatalogue.load(directory: RepositoryFiles.topics)
        let codec = ContractCodec(catalogue: catalogue)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("scoring-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let started = ContinuousClock.now
        let traffic = ThroughputTraffic(tickets: tickets, mix: mix, codec: codec)
        let seeded = scratch.appendingPathComponent("seeded.sqlite")
        try traffic.seed(in: ServiceDatabase(path: seeded.path, migrations: definition.migrations), scoring: scoring)
        let count = traffic.messages.count
        print(String(format: "throughput: %d events a run (%d tickets each registered and assigned, verified, closed; "
                     + "%d analyses), batches of %d, %d runs each, SQLite synchronous=FULL; store of %d tickets seeded "
                     + "in %.1f s", count, tickets, count - 4 * tickets, batch, runs, 2 * tickets,
                     (ContinuousClock.now - started).seconds))
        let store = { (path: String) in
            try FileManager.default.copyItem(atPath: seeded.path, toPath: path)
            return try ServiceDatabase(path: path, migrations: definition.migrations)
        }
        let throughput = PairedThroughput(
            catalogue: catalogue, calendar: calendar, start: ThroughputTraffic.now, batch: batch, logger: logger)
        try await check(definition, store: store, traffic: traffic, throughput: throughput, in: scratch)

        let measured = PairedThroughput.Side(definition, database: store, count: count) { try traffic.message($0) }
        let anchor = PairedThroughput.Side(PassThroughService.definition(), count: count) {
            try InboundTickets.message($0, codec: codec)
        }
        let rates = try await throughput.run(measured, against: scoringOnly ? nil : anchor, runs: runs, in: scratch)
        guard !scoringOnly else {
            return print(String(format: "median scoring %8.0f events/s  (%@)", median(rates.measured), MachineLoad.description))
        }
        let paired = zip(rates.measured, rates.anchor).map { String(format: "%.2f", $0 / $1) }
        print(String(format: "median scoring %8.0f events/s, pass-through %8.0f events/s  (%@)",
                     median(rates.measured), median(rates.anchor), MachineLoad.description))
        print(String(format: "scoring / pass-through %.2f (median of paired runs %.2f; runs %@)  target ≥ %.1f: %@",
                     rates.ratio, rates.pairedRatio, paired.joined(separator: ", "), Self.ratioTarget,
                     Self.verdict(rates.ratio >= Self.ratioTarget)))
    }

    /// One untimed run of the scoring service on the input, whose store is kept and read: how many events it
    /// published by type (a dead letter is a `message.rejected`), tickets and ledger entries. Throws if anything
    /// was dead-lettered: the input would not measure what it means to.
    private func check(
        _ definition: ServiceDefinition, store: (String) throws -> ServiceDatabase, traffic: ThroughputTraffic,
        throughput: PairedThroughput, in scratch: URL
    ) async throws {
        let database = try store(scratch.appendingPathComponent("check.sqlite").path)
        let result = try await ServiceThroughput(
            definition: definition, database: database, catalogue: throughput.catalogue,
            clock: VirtualClock(start: throughput.start), calendar: throughput.calendar, batch: batch,
            logger: throughput.logger
        ).measure(count: traffic.messages.count) { try traffic.message($0) }
        let published = try StoreTally.published(in: database)
        let rejected = published[MessageType.messageRejected.rawValue] ?? 0
        print(String(format: "check run (not counted): %.0f events/s; published %@; %d tickets, %d ledger entries, "
                     + "%d timers set", result.rate,
                     published.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", "),
                     try StoreTally.rows(of: "scoring_ticket", in: database),
                     try StoreTally.rows(of: "scoring_ledger", in: database),
                     try StoreTally.rows(of: "runtime_deadline", in: database)))
        guard rejected == 0 else { throw ScoringBenchError.deadLettered(rejected) }
    }
}
