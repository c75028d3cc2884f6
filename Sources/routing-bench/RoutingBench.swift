import ArgumentParser
import BusinessTime
import Contracts
import Foundation
import Kafka
import Logging
import RoutingService
import ServiceKit
import ServiceStore
import TestFixtures
import TestSupport

/// Assignments per second by the routing service on the embedded broker, against the pass-through service's rate
/// in the same run (runs alternate), so the machine's phase cancels out of the ratio.
@main
struct RoutingBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routing-bench", abstract: "Routing throughput against the pass-through runtime.")

    @Option(help: "Registered tickets per run.") var tickets = 50_000
    @Option(help: "Messages applied per SQLite transaction.") var batch = 1_000
    @Option(help: "Runs per service (medians are reported).") var runs = 3
    @Flag(help: "Run routing alone, without the pass-through anchor (for a profiler; prints no ratio).")
    var routingOnly = false

    static let start = Timestamp.parse("2026-03-02T09:00:00+08:00") ?? Date()

    func run() async throws {
        var logger = Logger(label: "routing-bench")
        logger.logLevel = .error
        let catalogue = try TopicCatalogue.load(directory: RepositoryFiles.topics)
        let calendar = try BusinessCalendar(directory: RepositoryFiles.calendars)
        let routing = try RoutingService.entry.load(
            ServiceData(directory: RepositoryFiles.root.appendingPathComponent("services/routing", isDirectory: true)))
        let codec = ContractCodec(catalogue: catalogue)
        let registrations = try (0..<tickets).map { number in
            let registered = Self.registered(number)
            return ProducerMessage(try codec.encode(registered, id: "intake:\(number):1", source: "intake", time: Self.start))
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("routing-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        print("routing-bench: \(tickets) registered tickets a run, batches of \(batch), \(runs) runs each, "
              + "\(ProcessInfo.processInfo.activeProcessorCount) cores, SQLite synchronous=FULL")
        try await PassThroughComparison(
            catalogue: catalogue, calendar: calendar, clockStart: Self.start, batch: batch, logger: logger
        ).run(.init(definition: routing, input: registrations, unit: "assignments/s"), runs: runs, alone: routingOnly,
              scratch: scratch)
    }

    /// Ticket `number` as the intake registers it: spread over the four stations' areas, one in twenty from 12398,
    /// one in twenty about the tariff, one in fifty from an area no station serves.
    static func registered(_ number: Int) -> ComplaintRegistered {
        let area = number % 50 == 7 ? "JY-XX" : ["JY-MC", "JY-HLGE", "JY-AGRT", "JY-SH", "JY-XQ", "JY-BYXL"][number % 6]
        let category: Category = number % 20 == 3 ? .tariff : .wrongReading
        let ticket = TicketSubmitted(
            ticketNo: "95598-B-\(number)", channel: number % 20 == 9 ? .regulator12398 : .hotline95598, type: .complaint,
            category: category,
            customer: Customer(account: "0472-\(2_000_000 + number)", name: "客户", phone: "13904720001", named: true),
            area: area, text: "客户反映本月电费比上月高出一倍。", receivedAt: start)
        return ComplaintRegistered(
            ticketNo: ticket.ticketNo, ticket: ticket,
            classification: .init(category: category, confidence: 0.8, source: .agent, disagreement: false),
            repeatDemand: .init(verdict: .notRepeat, reason: "first call", ruleIds: [.r1]), riskFlags: [], riskWords: [],
            firstOwner: Owner(unit: "95598"))
    }
}
