import Foundation
import GRDB
@testable import ServiceStore
import Testing

/// The outbox keeps each event's headers and value in a table apart (`runtime-3-outbox-payload-apart`), so that
/// marking rows sent does not rewrite the payloads: what the relay sends, what the replay reads again and what the
/// pruner deletes are the same as with one table, on a new store and on one written before the change.
@Suite struct OutboxPayloadTests {
    private let now = Date(timeIntervalSince1970: 1_772_413_200)

    /// A store written before the payloads moved: one event sent, one not, in the old layout.
    private func storeBeforeTheMove(at path: String) throws {
        let queue = try DatabaseQueue(path: path)
        var migrator = DatabaseMigrator()
        for step in RuntimeSchema.migrations.steps.prefix(while: { $0.name != "runtime-3-outbox-payload-apart" }) {
            migrator.registerMigration(step.name, migrate: step.apply)
        }
        try migrator.migrate(queue)
        try queue.write { db in
            for (index, sentAt) in [(1, now.timeIntervalSince1970), (2, nil)] as [(Int, Double?)] {
                try db.execute(
                    sql: """
                        INSERT INTO runtime_outbox (event_id, topic, key, type, headers, value, created_at, sent_at)
                        VALUES (?, 'complaints.registered', ?, 'complaint.registered', ?, ?, ?, ?)
                        """,
                    arguments: ["intake:ce-\(index):1", "95598-\(index)",
                                HeaderText.encode([.init(name: "ce_id", value: "intake:ce-\(index):1")]),
                                Data("{\"n\":\(index)}".utf8), now.timeIntervalSince1970, sentAt])
            }
        }
    }

    @Test func aStoreWrittenBeforeThePayloadsMovedKeepsItsEventsAndTheirSentMarks() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("svc.sqlite")
        try storeBeforeTheMove(at: path)
        let database = try ServiceDatabase(path: path, migrations: .none)
        let (unsent, sent, backlog) = try database.read { db in
            (try Outbox.unsent(limit: 10, in: db), try Outbox.sent(after: 0, in: db), try Outbox.backlog(in: db))
        }
        #expect(unsent.map(\.key) == ["95598-2"])
        #expect(unsent.first?.headers == [.init(name: "ce_id", value: "intake:ce-2:1")])
        #expect(unsent.first?.value == Data("{\"n\":2}".utf8))
        #expect(sent.map(\.value) == [Data("{\"n\":1}".utf8)])
        #expect(backlog == 1)
        let columns = try database.read { db in try db.columns(in: "runtime_outbox").map(\.name) }
        #expect(!columns.contains("value") && !columns.contains("headers"))
    }

    /// Marks are written to the outbox rows alone and kept across a restart: nothing marked is handed out again.
    @Test func sentMarksSurviveARestartWithoutTouchingThePayloads() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("svc.sqlite")
        do {
            let database = try ServiceDatabase(path: path, migrations: .none)
            try appendEvents(1...3, to: database, at: now)
            try database.write { [now] db in try Outbox.markSent([1...2], at: now, in: db) }
        }
        let reopened = try ServiceDatabase(path: path, migrations: .none)
        let (unsent, sent) = try reopened.read { db in (try Outbox.unsent(limit: 10, in: db), try Outbox.sent(after: 0, in: db)) }
        #expect(unsent.map(\.key) == ["95598-3"])
        #expect(sent.map(\.value) == [Data("{\"n\":1}".utf8), Data("{\"n\":2}".utf8)])
    }

    /// A pruned event leaves no payload behind: the table apart does not grow without bound.
    @Test func pruningAnEventDeletesItsPayload() throws {
        let directory = try TemporaryDirectory()
        let database = try ServiceDatabase(path: directory.path("svc.sqlite"), migrations: .none)
        try appendEvents(1...3, to: database, at: now)
        let deleted = try database.write { [now] db in
            try Outbox.markSent([1...2], at: now, in: db)
            return try Outbox.prune(sentBefore: now.addingTimeInterval(1), in: db)
        }
        #expect(deleted == 2)
        let payloads = try database.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM runtime_outbox_payload") }
        #expect(payloads == [3])
    }
}
