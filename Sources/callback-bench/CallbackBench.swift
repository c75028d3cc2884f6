import ArgumentParser
import BusinessTime
import CallbackService
import Contracts
import Foundation
import HandlingLadder
import Kafka
import Logging
import ServiceKit
import ServiceStore
import TestFixtures
import TestSupport

/// Tickets closed per second by the callback service on the embedded broker, against the pass-through service's
/// rate in the same run (runs alternate), so the machine's phase cancels out of the ratio. Each run starts from a
/// store of resolved tickets waiting for their callback, and closes every one with a satisfied outcome.
@main
struct CallbackBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "callback-bench", abstract: "Callback service throughput against the pass-through runtime.")

    @Option(help: "Resolved tickets waiting for their callback, each closed by one outcome, per run.")
    var tickets = 20_000
    @Option(help: "Messages applied per SQLite transaction.") var batch = 1_000
    @Option(help: "Runs per service (medians are reported).") var runs = 3
    @Flag(help: "Run the callback service alone, without the pass-through anchor (for a profiler; prints no ratio).")
    var callbackOnly = false

    /// The run's clock: after every seeded result (the last at 10:03:59) and before the first callback falls due
    /// (10:10, C1's 10 minutes), so no timer fires during the run.
    static let now = time("10:05:00")

    func run() async throws {
        var logger = Logger(label: "callback-bench")
        logger.logLevel = .error
        let catalogue = try TopicCatalogue.load(directory: RepositoryFiles.topics)
        let calendar = try BusinessCalendar(directory: RepositoryFiles.calendars)
        let data = ServiceData(directory: RepositoryFiles.root.appendingPathComponent("services/callback", isDirectory: true))
        let callback = try CallbackService.entry.load(data)
        let follow = try CallbackService.follow(data, calendar: calendar)
        let codec = ContractCodec(catalogue: catalogue)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("callback-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outcomes = PairedThroughput.Side(
            callback,
            database: { path in
                try FileManager.default.copyItem(atPath: Self.seeded(in: scratch).path, toPath: path)
                return try ServiceDatabase(path: path, migrations: callback.migrations)
            },
            count: tickets
        ) { number in
            let outcome = CallbackCompleted(
                ticketNo: Self.ticketNo(number), by: "客户代表 张敏", outcome: .satisfied, method: .phone,
                note: "客户对更正结果满意")
            return ProducerMessage(try codec.encode(
                outcome, id: "callback-\(number)", source: TopicName.callbacksResults.externalSource ?? "callbacks",
                time: Self.now.addingTimeInterval(Self.spread(number))))
        }
        let hotline = PairedThroughput.Side(PassThroughService.definition(), count: tickets) {
            try InboundTickets.message($0, codec: codec)
        }
        print("callback-bench: \(tickets) resolved tickets closed a run, batches of \(batch), \(runs) runs each, "
              + "\(ProcessInfo.processInfo.activeProcessorCount) cores, SQLite synchronous=FULL")

        // The store is written once; every run starts from a fresh copy of it.
        let started = ContinuousClock.now
        try seed(at: Self.seeded(in: scratch), definition: callback, follow: follow)
        print("\(tickets) resolved tickets stored in \(ContinuousClock.now - started)")
        let rates = try await PairedThroughput(
            catalogue: catalogue, calendar: calendar, start: Self.now, batch: batch, logger: logger
        ).run(outcomes, against: callbackOnly ? nil : hotline, runs: runs, in: scratch)
        guard !callbackOnly else { return print(String(format: "median callback %8.0f closed tickets/s", median(rates.measured))) }
        print(String(format: "median callback %8.0f closed tickets/s, pass-through %8.0f events/s",
                     median(rates.measured), median(rates.anchor)))
        print(String(format: "callback / pass-through %.2f (median of paired runs %.2f)", rates.ratio, rates.pairedRatio))
    }

    /// Where the seeded store is kept for the call.
    static func seeded(in scratch: URL) -> URL { scratch.appendingPathComponent("resolved.sqlite") }

    /// Writes a migrated store at `path` holding every ticket resolved and waiting for its callback, checkpointed into
    /// one file.
    private func seed(at path: URL, definition: ServiceDefinition, follow: TicketFollow) throws {
        let database = try ServiceDatabase(path: path.path, migrations: definition.migrations)
        for start in stride(from: 0, to: tickets, by: 5_000) {
            let resolved = try (start..<min(start + 5_000, tickets)).map { try Self.resolved($0, follow: follow) }
            try database.write { db in try CallbackService.seed(resolved, in: db) }
        }
        try database.checkpoint()
    }

    /// Ticket `number` as the callback service holds it after its result: a 95598 complaint registered for a named
    /// customer, assigned to 麻池供电所's staff for H2, verified as the station's, the customer contacted, resolved,
    /// and its callback (C1) due 10 minutes later. Six entries in its story.
    static func resolved(_ number: Int, follow: TicketFollow) throws -> FollowedTicket {
        let (ticketNo, spread) = (ticketNo(number), spread(number))
        let at = { (clock: String) in time(clock).addingTimeInterval(spread) }
        let submitted = TicketSubmitted(
            ticketNo: ticketNo, channel: .hotline95598, type: .complaint, category: .wrongReading,
            customer: Customer(
                account: "0472-\(2_000_000 + number)", name: "王女士", phone: String(format: "1390472%04d", number % 10_000),
                named: true),
            area: "JY-MC", text: "客户反映本月电费比上月高出一倍，要求核实。", receivedAt: at("08:30:00"))
        let registered = ComplaintRegistered(
            ticketNo: ticketNo, ticket: submitted,
            classification: .init(category: .wrongReading, confidence: 0.9, source: .agent, disagreement: false),
            repeatDemand: .init(verdict: .notRepeat, reason: "first call", ruleIds: [.r1]), riskFlags: [], riskWords: [],
            firstOwner: Owner(unit: "hotline-95598"))
        var ticket = follow.registered(registered, at: at("08:30:00"), ticket: nil).ticket
        let assignment = ComplaintAssigned(
            ticketNo: ticketNo, unit: "st-machi", tier: .station, role: .staff, assignee: .init(id: "mc-04", name: "李娜"),
            owner: Owner(unit: "hotline-95598"), reason: .area,
            deadline: .init(step: "H2", dueAt: try follow.ladder.dueAt(.h2, from: at("08:32:00"), calendar: follow.calendar)))
        ticket = follow.assigned(assignment, at: at("08:32:00"), ticket: ticket).ticket
        let (unit, by) = ("st-machi", "工作人员 李娜")
        ticket = try follow.verified(
            HandlingVerified(ticketNo: ticketNo, unit: unit, by: by, responsibility: .station), at: at("09:00:00"),
            ticket: ticket).ticket
        ticket = follow.contacted(
            HandlingContacted(ticketNo: ticketNo, unit: unit, by: by, method: .phone), at: at("09:20:00"), ticket: ticket
        ).ticket
        return try follow.resolved(
            HandlingResolved(ticketNo: ticketNo, unit: unit, by: by, result: "抄表数据有误，已更正电量并退还多收电费。"),
            at: at("10:00:00"), ticket: ticket
        ).ticket
    }

    static func ticketNo(_ number: Int) -> String { String(format: "95598-20260302-%06d", number) }

    /// How far each of a ticket's times is after the hour: tickets spread over four minutes.
    static func spread(_ number: Int) -> TimeInterval { TimeInterval(number % 240) }

    /// A Beijing time on the benchmark's day, a Monday.
    static func time(_ clock: String) -> Date {
        Timestamp.parse("2026-03-02T\(clock)+08:00") ?? Date(timeIntervalSince1970: 0)
    }
}
