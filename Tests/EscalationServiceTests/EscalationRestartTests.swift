import Broker
import Contracts
import Foundation
import GRDB
import Kafka
import Logging
import ServiceStore
import TestFixtures
import TestSupport
import Testing

/// Item 8: deadlines are rows, not timers in memory. The escalation executable, on an accelerated clock, stores the
/// steps of twenty assignments and is killed with SIGKILL before any is due; started again after all of them fell
/// due, it fires each once, in due-time order.
@Suite(.serialized, .timeLimit(.minutes(3))) struct EscalationRestartTests {
    /// Business seconds per real second: a two-hour step falls due 20 real seconds after the start.
    private static let speed = 360.0
    private static let start = Timestamp.parse("2026-03-02T09:00:00+08:00")!

    @Test func whatFellDueWhileKilledFiresOnceInDueOrderAfterTheRestart() async throws {
        var logger = Logger(label: "escalation-restart")
        logger.logLevel = .error
        let catalogue = try TopicCatalogue.load(directory: RepositoryFiles.topics)
        let cluster = try MockCluster(brokers: 1, logger: logger)
        try cluster.createTopics(from: catalogue)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("escalation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("escalation.sqlite").path
        let executable = try #require(
            ServiceProcess.executable("escalation"), "the escalation executable, built by `swift build --build-tests`")
        let anchor = Date()
        let environment = [
            "KAFKA_BOOTSTRAP_SERVERS": cluster.bootstrapServers, "COMPLAINTS_DATABASE": database,
            "COMPLAINTS_TOPICS_DIR": RepositoryFiles.topics.path, "COMPLAINTS_CALENDAR_DIR": RepositoryFiles.calendars.path,
            "COMPLAINTS_DATA_DIR": RepositoryFiles.file("services/escalation").path, "COMPLAINTS_HTTP_PORT": "0",
            "COMPLAINTS_SESSION_TIMEOUT_MS": "3000", "COMPLAINTS_CLOCK": "accelerated",
            "COMPLAINTS_CLOCK_START": Timestamp.format(Self.start), "COMPLAINTS_CLOCK_ANCHOR": Timestamp.format(anchor),
            "COMPLAINTS_CLOCK_SPEED": "\(Self.speed)",
        ]
        func launch() throws -> ServiceProcess {
            try ServiceProcess(
                executable: executable, environment: environment, directory: directory,
                logFile: directory.appendingPathComponent("escalation.log"))
        }

        // Twenty tickets at st-machi's staff, due two hours after the start and a minute apart, listed out of order.
        let tickets = (0..<20).map { "95598-20260302-\(String(format: "%04d", 900 + $0))" }
        let dues = Dictionary(uniqueKeysWithValues: tickets.enumerated().map { index, ticket in
            (ticket, Self.start.addingTimeInterval(7200 + 60 * Double((index * 7) % 20)))
        })
        let codec = ContractCodec(catalogue: catalogue)
        let producer = try KafkaProducer(configuration: ProducerConfiguration(client: KafkaConfiguration(bootstrapServers: cluster.bootstrapServers)), logger: logger)
        let messages = try tickets.map { ticket in
            ProducerMessage(try codec.encode(
                ComplaintAssigned(
                    ticketNo: ticket, unit: "st-machi", tier: .station, role: .staff, owner: Owner(unit: "hotline-95598"),
                    reason: .area, deadline: .init(step: "H2", dueAt: dues[ticket]!)),
                id: "routing:\(ticket):1", source: "routing", time: Self.start))
        }

        let first = try launch()
        for result in await producer.send(messages) { _ = try result.get() }
        await producer.close()
        let stored = await eventually(timeout: .seconds(15)) {
            (try? Self.count("SELECT count(*) FROM runtime_deadline WHERE step = 'step'", in: database)) == 20
        }
        try #require(stored, "the first process stored the twenty steps\n\(first.logTail())")
        try #require(Self.businessNow(anchor: anchor) < Self.start.addingTimeInterval(7200), "killed before any step was due")
        #expect(try Self.count("SELECT count(*) FROM runtime_outbox WHERE type = 'deadline.missed'", in: database) == 0)
        first.signal(SIGKILL)
        #expect(await first.exitStatus() == SIGKILL)

        // Down until every step fell due, then started again.
        let allDue = Self.start.addingTimeInterval(7200 + 60 * 20)
        try await Task.sleep(for: .seconds(allDue.timeIntervalSince(Self.businessNow(anchor: anchor)) / Self.speed + 1))
        let second = try launch()
        let fired = await eventually(timeout: .seconds(60)) {
            (try? Self.count("SELECT count(*) FROM runtime_outbox WHERE type = 'deadline.missed'", in: database)) == 20
        }
        #expect(fired, "\(second.logTail())")
        second.signal(SIGTERM)
        #expect(await second.exitStatus() == 0, "\(second.logTail())")

        let missed = try Self.missedInPublishingOrder(in: database)
        #expect(missed.map(\.ticket).sorted() == tickets, "each ticket's step fired once")
        #expect(missed.map(\.dueAt) == missed.map(\.dueAt).sorted(), "in due-time order")
        #expect(missed.allSatisfy { dues[$0.ticket] == $0.dueAt })
        #expect(try Self.count("SELECT count(*) FROM runtime_outbox WHERE type = 'complaint.escalated'", in: database) == 20)
    }

    private static func businessNow(anchor: Date) -> Date {
        start.addingTimeInterval(Date().timeIntervalSince(anchor) * speed)
    }

    private static func queue(_ path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: path, configuration: configuration)
    }

    private static func count(_ sql: String, in path: String) throws -> Int {
        guard FileManager.default.fileExists(atPath: path) else { return 0 }
        return try queue(path).read { db in try Int.fetchOne(db, sql: sql) ?? 0 }
    }

    /// The `deadline.missed` events in the order the service wrote them to its outbox.
    private static func missedInPublishingOrder(in path: String) throws -> [(ticket: String, dueAt: Date)] {
        try queue(path).read { db in
            try Data.fetchAll(db, sql: """
                SELECT p.value FROM runtime_outbox o JOIN runtime_outbox_payload p ON p.id = o.id
                WHERE o.type = 'deadline.missed' ORDER BY o.id
                """)
                .map { value in
                    let missed = try ContractJSON.decode(DeadlineMissed.self, from: value)
                    return (missed.ticketNo, missed.dueAt)
                }
        }
    }
}
