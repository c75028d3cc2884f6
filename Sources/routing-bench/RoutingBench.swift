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
        let passThrough = PassThroughService.definition()
        let codec = ContractCodec(catalogue: catalogue)
        let registrations = try (0..<tickets).map { number in
            let registered = Self.registered(number)
            return ProducerMessage(try codec.encode(registered, id: "intake:\(number):1", source: "intake", time: Self.start))
        }
        let hotline = try (0..<tickets).map { number in
            try InboundTickets.message(InboundTickets.ticket(number), eventID: "hotline-\(number)", codec: codec)
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("routing-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        print("routing-bench: \(tickets) registered tickets a run, batches of \(batch), \(runs) runs each, "
              + "\(ProcessInfo.processInfo.activeProcessorCount) cores, SQLite synchronous=FULL")

        var rates: [String: [Double]] = [:]
        for run in 1...runs {
            // The order alternates, so a machine that slows down during the run favours neither.
            let order = routingOnly ? [(routing, registrations)]
                : run % 2 == 1 ? [(routing, registrations), (passThrough, hotline)] : [(passThrough, hotline), (routing, registrations)]
            for (definition, input) in order {
                let path = scratch.appendingPathComponent("run-\(run)-\(definition.name).sqlite").path
                let result = try await ServiceThroughput(
                    definition: definition, database: ServiceDatabase(path: path, migrations: definition.migrations),
                    catalogue: catalogue, clock: VirtualClock(start: Self.start), calendar: calendar, batch: batch,
                    logger: logger
                ).measure(input: input)
                rates[definition.name, default: []].append(result.rate)
                print(String(format: "run %d  %-11@ %8.0f events/s  batch p50 %6.1f ms  p99 %6.1f ms",
                             run, definition.name, result.rate, result.p50, result.p99))
            }
        }
        let (assigned, anchor) = (rates[routing.name] ?? [0], rates[passThrough.name] ?? [1])
        guard !routingOnly else { return print(String(format: "median routing %8.0f assignments/s", median(assigned))) }
        print(String(format: "median routing %8.0f assignments/s, pass-through %8.0f events/s", median(assigned), median(anchor)))
        print(String(format: "routing / pass-through %.2f (median of paired runs %.2f)",
                     median(assigned) / median(anchor), median(zip(assigned, anchor).map { $0 / $1 })))
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
