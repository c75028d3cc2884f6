import Foundation
import GRDB
import Kafka
import ServiceStore
import TestFixtures
import Testing

@Suite struct ServiceDatabaseTests {
    private let migrations = ServiceMigrations([
        .init("tickets-1") { db in try db.execute(sql: "CREATE TABLE ticket (number TEXT PRIMARY KEY)") },
        .init("tickets-2-area") { db in try db.execute(sql: "ALTER TABLE ticket ADD COLUMN area TEXT") },
    ])

    @Test func opensInWALModeWithRuntimeAndServiceTablesAtTheLatestVersion() throws {
        let directory = try TemporaryDirectory()
        let database = try ServiceDatabase(path: directory.path("nested/intake.sqlite"), migrations: migrations)
        let (mode, tables) = try database.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"),
             try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
        }
        #expect(mode == "wal")
        #expect(Set(tables).isSuperset(of: ["runtime_inbox", "runtime_outbox", "runtime_consumed_offsets", "ticket"]))
        try database.write { db in try db.execute(sql: "INSERT INTO ticket (number, area) VALUES ('95598-1', 'JY-MC')") }
    }

    /// The writer's own automatic checkpoint is only a fallback far above this test's 4 MB: the rows reach the
    /// database file because the background checkpoint copies them there.
    @Test func theWriteAheadLogIsCopiedIntoTheFileBesideTheWriter() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("svc.sqlite")
        let database = try ServiceDatabase(path: path, migrations: migrations)
        let fileSize = { ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0 }
        let before = fileSize()
        try database.write { db in
            for number in 0..<1_000 {
                try db.execute(sql: "INSERT INTO ticket (number, area) VALUES (?, ?)",
                               arguments: ["95598-\(number)", String(repeating: "x", count: 4_000)])
            }
        }
        #expect(before < 1_000_000)
        #expect(await eventually(timeout: .seconds(10)) { fileSize() >= 4_000_000 })
        #expect(try database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM ticket") } == 1_000)
    }

    @Test func reopeningAppliesOnlyNewMigrationsAndKeepsData() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("svc.sqlite")
        let first = try ServiceDatabase(path: path, migrations: ServiceMigrations([migrations.steps[0]]))
        try first.write { db in try db.execute(sql: "INSERT INTO ticket (number) VALUES ('95598-1')") }
        let second = try ServiceDatabase(path: path, migrations: migrations)
        let count = try second.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM ticket WHERE area IS NULL") }
        #expect(count == 1)
    }

    @Test func aFileThatIsNotADatabaseIsReportedAsCorrupt() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("broken.sqlite")
        try Data(repeating: 0x42, count: 8192).write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try ServiceDatabase(path: path, migrations: .none)
        } throws: { error in
            guard case .corrupt(let reported, _) = error as? StoreError else { return false }
            return reported == path && "\(error)".contains("backup")
        }
    }

    @Test func anUnwritableLocationIsReportedAsNotWritable() throws {
        let directory = try TemporaryDirectory()
        // A regular file where the database's directory should be: no permissions trick needed (tests may run as root).
        try Data("x".utf8).write(to: directory.url.appendingPathComponent("occupied"))
        let path = directory.path("occupied/svc.sqlite")
        #expect {
            _ = try ServiceDatabase(path: path, migrations: .none)
        } throws: { error in
            guard case .notWritable(let reported, _) = error as? StoreError else { return false }
            return reported == path
        }
    }

    @Test func aFailingMigrationIsNamedAndLeavesThePreviousVersion() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("svc.sqlite")
        let broken = ServiceMigrations([
            migrations.steps[0],
            .init("tickets-2-broken") { db in try db.execute(sql: "ALTER TABLE no_such_table ADD COLUMN x TEXT") },
        ])
        #expect {
            _ = try ServiceDatabase(path: path, migrations: broken)
        } throws: { error in
            guard case .migrationFailed(_, let name, _) = error as? StoreError else { return false }
            return name == "tickets-2-broken"
        }
        let reopened = try ServiceDatabase(path: path, migrations: ServiceMigrations([migrations.steps[0]]))
        try reopened.write { db in try db.execute(sql: "INSERT INTO ticket (number) VALUES ('95598-1')") }
    }
}

@Suite struct RuntimeTablesTests {
    private func database(_ directory: borrowing TemporaryDirectory) throws -> ServiceDatabase {
        try ServiceDatabase(path: directory.path("svc.sqlite"), migrations: .none)
    }

    @Test func theInboxAdmitsAMessageIdOnce() throws {
        let directory = try TemporaryDirectory()
        let database = try database(directory)
        let partition = TopicPartition(topic: "hotline.tickets", partition: 3)
        let verdicts = try database.write { db in
            [try Inbox.admit("ce-1", from: partition, offset: 10, at: Date(), in: db),
             try Inbox.admit("ce-2", from: partition, offset: 11, at: Date(), in: db),
             try Inbox.admit("ce-1", from: partition, offset: 12, at: Date(), in: db)]
        }
        #expect(verdicts == [true, true, false])
    }

    @Test func storedOffsetsNeverMoveBackwards() throws {
        let directory = try TemporaryDirectory()
        let database = try database(directory)
        let partition = TopicPartition(topic: "units.reports", partition: 0)
        try database.write { db in
            try ConsumedOffsets.advance([TopicPartitionOffset(partition, offset: 50)], in: db)
            try ConsumedOffsets.advance([TopicPartitionOffset(partition, offset: 20)], in: db)
        }
        #expect(try database.read { db in try ConsumedOffsets.all(in: db) } == [partition: 50])
    }

    @Test func theOutboxHandsOutUnsentEventsInOrderUntilMarkedSent() throws {
        let directory = try TemporaryDirectory()
        let database = try database(directory)
        let now = Date(timeIntervalSince1970: 1_772_413_200)
        try appendEvents(1...5, to: database, at: now)
        let first = try database.read { db in try Outbox.unsent(limit: 3, in: db) }
        #expect(first.map(\.key) == ["95598-1", "95598-2", "95598-3"])
        #expect(first[0].headers == [.init(name: "ce_id", value: "intake:ce-1:1")])
        try database.write { [first] db in try Outbox.markSent([first[0].sequence...first[1].sequence], at: now, in: db) }
        let rest = try database.read { db in (try Outbox.unsent(limit: 10, in: db), try Outbox.backlog(in: db)) }
        #expect(rest.0.map(\.key) == ["95598-3", "95598-4", "95598-5"])
        #expect(rest.1 == 3)
    }

    @Test func rowsMarkedSentRunByRunLeaveTheFailedRowBetweenThemUnsent() throws {
        let directory = try TemporaryDirectory()
        let database = try database(directory)
        let now = Date(timeIntervalSince1970: 1_772_413_200)
        try appendEvents(1...6, to: database, at: now)
        // Rows 1 and 2 were sent by an earlier read; this read holds 3 to 6, and the broker refused 4.
        let earlier = try database.read { db in try Outbox.unsent(limit: 2, in: db) }
        try database.write { [earlier] db in try Outbox.markSent([earlier[0].sequence...earlier[1].sequence], at: now, in: db) }
        let read = try database.read { db in try Outbox.unsent(limit: 10, in: db) }
        #expect(read.map(\.key) == ["95598-3", "95598-4", "95598-5", "95598-6"])
        try database.write { [read] db in
            try Outbox.markSent([read[0].sequence...read[0].sequence, read[2].sequence...read[3].sequence], at: now, in: db)
        }
        #expect(try database.read { db in try Outbox.unsent(limit: 10, in: db) }.map(\.key) == ["95598-4"])
        #expect(try database.read { db in try Outbox.backlog(in: db) } == 1)
    }

    @Test func aDuplicateEventIdFailsTheTransactionInsteadOfPublishingTwice() throws {
        let directory = try TemporaryDirectory()
        let database = try database(directory)
        let entry = OutboxEntry(eventID: "intake:ce-1:1", topic: "complaints.registered", key: nil,
                                type: "complaint.registered", headers: [], value: Data("{}".utf8), createdAt: Date())
        #expect(throws: StoreError.self) {
            try database.write { db in
                try Outbox.append(entry, in: db)
                try Outbox.append(entry, in: db)
            }
        }
        #expect(try database.read { db in try Outbox.backlog(in: db) } == 0)
    }

    @Test func headersComeBackExactlyAsWrittenWhateverTheirCharacters() throws {
        let directory = try TemporaryDirectory()
        let database = try database(directory)
        let headers: [OutboxEntry.Header] = [
            .init(name: "ce_id", value: "intake:ce-1:1"), .init(name: "note", value: "a=b %0A 100%\nnext line\r"),
            .init(name: "empty", value: ""), .init(name: "x=y", value: "王女士"),
        ]
        _ = try database.write { db in
            try Outbox.append(OutboxEntry(eventID: "e-1", topic: "complaints.registered", key: "k", type: "complaint.registered",
                                          headers: headers, value: Data("{}".utf8), createdAt: Date()), in: db)
        }
        #expect(try database.read { db in try Outbox.unsent(limit: 1, in: db) }.first?.headers == headers)
    }

    @Test func pruningForgetsOldIdsAndSentEventsButNeverAnUnsentOne() throws {
        let directory = try TemporaryDirectory()
        let database = try database(directory)
        let old = Date(timeIntervalSince1970: 1_772_000_000), recent = old.addingTimeInterval(86_400 * 40)
        let partition = TopicPartition(topic: "hotline.tickets", partition: 0)
        @Sendable func entry(_ id: String, at time: Date) -> OutboxEntry {
            OutboxEntry(eventID: id, topic: "complaints.registered", key: id, type: "complaint.registered", headers: [],
                        value: Data("{}".utf8), createdAt: time)
        }
        let (forgotten, deleted) = try database.write { db in
            _ = try Inbox.admit("ce-old", from: partition, offset: 1, at: old, in: db)
            _ = try Inbox.admit("ce-recent", from: partition, offset: 2, at: recent, in: db)
            try Outbox.append(entry("sent-old", at: old), in: db)
            try Outbox.append(entry("unsent-old", at: old), in: db)
            let sent = try Outbox.unsent(limit: 1, in: db)
            try Outbox.markSent(sent.map { $0.sequence...$0.sequence }, at: old, in: db)
            let cutoff = old.addingTimeInterval(86_400 * 35)
            return (try Inbox.prune(appliedBefore: cutoff, in: db), try Outbox.prune(sentBefore: cutoff, in: db))
        }
        #expect(forgotten == 1 && deleted == 1)
        #expect(try database.read { db in try Outbox.unsent(limit: 10, in: db) }.map(\.eventID) == ["unsent-old"])
        // The forgotten id would be admitted again; the recent one is still a duplicate.
        let verdicts = try database.write { db in
            [try Inbox.admit("ce-old", from: partition, offset: 1, at: recent, in: db),
             try Inbox.admit("ce-recent", from: partition, offset: 2, at: recent, in: db)]
        }
        #expect(verdicts == [true, false])
    }
}
