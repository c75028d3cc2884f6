import BusinessTime
import Contracts
import Foundation
import GRDB
import Kafka
@testable import ServiceKit
import ServiceStore
import TestFixtures
import Testing

/// The store stays bounded: old inbox ids, long-published events and a service's expired rows are pruned on a
/// schedule, and nothing dedupe or the relay still needs is touched.
@Suite struct StorePrunerTests {
    private let now = Date(timeIntervalSince1970: 1_772_413_200)
    private func daysAgo(_ days: Double) -> Date { now.addingTimeInterval(-days * 86_400) }

    @Test func idsOlderThanTheInboxRetentionGoAndYoungerOnesStay() throws {
        let directory = try TemporaryDirectory()
        let database = try ServiceDatabase(path: directory.path("p.sqlite"), migrations: .none)
        let partition = TopicPartition(topic: "hotline.tickets", partition: 0)
        try database.write { db in
            // More than one chunk of old ids, so the pruner loops until none is left.
            for number in 0..<(StorePruner.chunk + 200) {
                _ = try Inbox.admit("old-\(number)", from: partition, offset: Int64(number), at: daysAgo(31), in: db)
            }
            _ = try Inbox.admit("recent", from: partition, offset: 1, at: daysAgo(29), in: db)
        }
        let pruner = StorePruner(
            database: database, inboxDays: 30, retention: Retention(), service: [], clock: VirtualClock(start: now),
            metrics: ServiceMetrics(service: "p"), logger: runtimeLogger)
        let deleted = try pruner.pruneOnce()
        #expect(deleted["inbox"] == StorePruner.chunk + 200)
        // The id still inside the topics' retention is still refused as a redelivery.
        #expect(try database.write { db in try Inbox.admit("recent", from: partition, offset: 1, at: now, in: db) } == false)
        #expect(try database.write { db in try Inbox.admit("old-1", from: partition, offset: 1, at: now, in: db) } == true)
    }

    @Test func sentEventsGoAfterTheirRetentionButUnsentOnesNeverDo() throws {
        let directory = try TemporaryDirectory()
        let database = try ServiceDatabase(path: directory.path("p.sqlite"), migrations: .none)
        try appendEvents(1...3, to: database, at: daysAgo(30))
        try database.write { db in
            try Outbox.markSent([1...1], at: daysAgo(8), in: db)
            try Outbox.markSent([2...2], at: daysAgo(6), in: db)
        }
        let metrics = ServiceMetrics(service: "p")
        let pruner = StorePruner(
            database: database, inboxDays: nil, retention: Retention(sentOutboxDays: 7), service: [],
            clock: VirtualClock(start: now), metrics: metrics, logger: runtimeLogger)
        #expect(try pruner.pruneOnce() == ["sent outbox": 1])
        let left = try database.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM runtime_outbox ORDER BY id") }
        #expect(left == [2, 3])
        #expect(metrics.value(of: "complaints_pruned_rows_total") == 1)
    }

    @Test func aServicesOwnTablesArePrunedWithTheirOwnRetention() throws {
        let directory = try TemporaryDirectory()
        let migrations = ServiceMigrations([
            .init("notes-1") { db in try db.execute(sql: "CREATE TABLE note (at REAL NOT NULL)") },
        ])
        let database = try ServiceDatabase(path: directory.path("p.sqlite"), migrations: migrations)
        try database.write { [now] db in
            for days in [100.0, 70, 50] {
                try db.execute(sql: "INSERT INTO note (at) VALUES (?)", arguments: [now.addingTimeInterval(-days * 86_400).timeIntervalSince1970])
            }
        }
        let notes = Pruning(name: "notes", days: 60) { before, limit, db in
            try db.execute(sql: "DELETE FROM note WHERE rowid IN (SELECT rowid FROM note WHERE at < ? LIMIT ?)",
                           arguments: [before.timeIntervalSince1970, limit])
            return db.changesCount
        }
        let pruner = StorePruner(
            database: database, inboxDays: 400, retention: Retention(), service: [notes], clock: VirtualClock(start: now),
            metrics: ServiceMetrics(service: "p"), logger: runtimeLogger)
        #expect(try pruner.pruneOnce()["notes"] == 2)
        #expect(try database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM note") } == 1)
    }

    @Test func theInboxIsKeptAtLeastAsLongAsTheServicesTopicsKeepMessages() throws {
        let catalogue = try TopicCatalogue.load(directory: RepositoryFiles.topics)
        let topics: [TopicName] = [.hotlineTickets, .complaintsEscalations, .complaintsClosed]
        // complaints.closed keeps 400 days, the longest of the three.
        #expect(Retention.minimumInboxDays(for: topics, in: catalogue) == 400)
        #expect(Retention().inboxDays(for: topics, in: catalogue) == .success(400))
        #expect(Retention(inboxDays: 500).inboxDays(for: topics, in: catalogue) == .success(500))
        #expect(Retention(inboxDays: 90).inboxDays(for: topics, in: catalogue)
                == .failure(.inboxShorterThanTopics(days: 90, minimum: 400)))
    }

    @Test func retentionSettingsComeFromTheEnvironmentAndBadOnesAreListed() throws {
        let settings = [
            "KAFKA_BOOTSTRAP_SERVERS": "127.0.0.1:9092", ServiceConfiguration.Key.inboxRetentionDays: "450",
            ServiceConfiguration.Key.outboxRetentionDays: "3", ServiceConfiguration.Key.pruneIntervalMinutes: "15",
        ]
        let configuration = try ServiceConfiguration.resolve(
            service: "intake", settings: settings, currentDirectory: RepositoryFiles.root)
        #expect(configuration.retention == Retention(inboxDays: 450, sentOutboxDays: 3, interval: .seconds(900)))
        #expect(try ServiceConfiguration.resolve(
            service: "intake", settings: ["KAFKA_BOOTSTRAP_SERVERS": "x:1"], currentDirectory: RepositoryFiles.root
        ).retention == Retention())
        #expect(throws: ConfigurationError.self) {
            try ServiceConfiguration.resolve(
                service: "intake",
                settings: ["KAFKA_BOOTSTRAP_SERVERS": "x:1", ServiceConfiguration.Key.inboxRetentionDays: "0"],
                currentDirectory: RepositoryFiles.root)
        }
    }
}
