import AllServices
import ArgumentParser
import BusinessTime
import Contracts
import Foundation
import Logging
import ServiceKit
import TestFixtures
import TestSupport

/// The replay of a day of hotline tickets against every registered service: scenario lines per second, and whether
/// two runs write the same bytes.
@main
struct ReplayBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay-bench", abstract: "Replay speed of a generated scenario of hotline tickets.")

    @Option(help: "Tickets in the scenario.") var tickets = 10_000
    @Option(help: "Seconds between calls; with 0 every ticket arrives at the same moment.") var spacing = 3
    @Option(help: "Runs; the outputs of all runs are compared.") var runs = 2
    @Option(help: "Write the scenario here too.") var scenarioFile: String?

    func run() async throws {
        var logger = Logger(label: "replay-bench")
        logger.logLevel = .error
        let text = ScenarioText.tickets(count: tickets, spacing: spacing)
        if let scenarioFile { try Data(text.utf8).write(to: URL(fileURLWithPath: scenarioFile)) }
        let scenario = try ScenarioLine.parse(text, file: "generated")
        let steps = Set(scenario.map(\.at)).count
        let services = try AllServices.entries.map { entry in
            try entry.load(ServiceData(directory: RepositoryFiles.root.appendingPathComponent("services/\(entry.name)")))
        }
        let catalogue = try TopicCatalogue.load(directory: RepositoryFiles.topics)
        let calendar = try BusinessCalendar(directory: RepositoryFiles.calendars)
        print("replay-bench: \(scenario.count) lines in \(steps) steps, services \(services.map(\.name).joined(separator: ", ")), "
              + "\(ProcessInfo.processInfo.activeProcessorCount) cores")
        var digests: Set<String> = []
        var rates: [Double] = []
        for run in 1...runs {
            let lines = LineDigest()
            let started = ContinuousClock.now
            try await ReplayRun(
                scenario: scenario, services: services, catalogue: catalogue, calendar: calendar, unitsFile: nil,
                horizon: .zero
            ).run(logger: logger) { line in lines.add(line) }
            let seconds = (ContinuousClock.now - started).seconds
            rates.append(Double(scenario.count) / seconds)
            digests.insert(lines.digest)
            print(String(format: "run %d  %7.1f lines/s  (%.1f s, %d events out, fnv1a %@)",
                         run, rates.last ?? 0, seconds, lines.count, lines.digest))
        }
        print(String(format: "median %.1f lines/s; output %@", median(rates),
                     digests.count == 1 ? "byte-identical in every run" : "DIFFERS between runs"))
        if digests.count != 1 { throw ExitCode.failure }
    }
}

/// The events a run wrote, hashed as they come (64-bit FNV-1a over the bytes, newlines included).
final class LineDigest: @unchecked Sendable {
    // Touched only by the replay's output callback, which runs on one task at a time.
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    private(set) var count = 0

    func add(_ line: String) {
        for byte in line.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hash = (hash ^ 0x0a) &* 0x100_0000_01b3
        count += 1
    }

    var digest: String { String(hash, radix: 16) }
}

/// A generated day of hotline calls: customers cycle through the categories, and one call in four comes from a
/// customer who called before about the same event (an urge, a repeat or an exclusion for the intake).
enum ScenarioText {
    static let start = Timestamp.parse("2026-03-02T08:00:00+08:00") ?? Date()

    static func tickets(count: Int, spacing: Int) -> String {
        (0..<count).map { number in
            let returning = number % 4 == 3
            let customer = returning ? number - 3 : number
            let (category, first, again) = CustomerWords.byCategory[customer % CustomerWords.byCategory.count]
            let at = start.addingTimeInterval(Double(number * spacing))
            let ticket = TicketSubmitted(
                ticketNo: "95598-R-\(number)", channel: .hotline95598,
                type: category == .theft || category == .other ? .report : .complaint,
                category: number % 10 < 3 ? nil : category,
                customer: Customer(account: "0472-\(2_000_000 + customer)", name: "客户\(customer)",
                                   phone: "139\(String(format: "%08d", customer))", named: true),
                area: ["JY-MC", "JY-HLGE", "JY-AGRT", "JY-SH"][customer % 4], text: returning ? again : first,
                receivedAt: at)
            let data = String(decoding: (try? ContractJSON.encode(ticket)) ?? Data(), as: UTF8.self)
            return #"{"at":"\#(Timestamp.format(at))","topic":"hotline.tickets","type":"ticket.submitted","data":\#(data)}"#
        }.joined(separator: "\n")
    }
}
