import BusinessTime
import Contracts
import Foundation
import GRDB
@testable import ServiceKit
import ServiceStore
import TestFixtures
import TestSupport
import Testing

/// The runtime fires deadlines in bounded transactions, each in its own savepoint; a failing one is retried, then
/// parked, and never holds up the others.
@Suite struct DeadlineFiringTests {
    private let base = Date(timeIntervalSince1970: 1_772_413_200)  // 2026-03-02 09:00 Beijing time

    /// Publishes one `deadline.missed` per firing; a deadline whose note says "fail" throws, one whose note says
    /// "again" is scheduled once more an hour later.
    private struct Handler: EventHandler {
        var routes: EventRoutes { EventRoutes().ignoring(.ticketSubmitted, because: "only deadlines matter here") }

        func fire(_ deadline: Deadline, in context: HandlerContext) throws {
            let note = deadline.note.map { String(decoding: $0, as: UTF8.self) }
            if note == "fail" { throw Rejection("cannot fire \(deadline.key)") }
            try context.publish(DeadlineMissed(
                ticketNo: deadline.key.subject, step: deadline.key.step, dueAt: deadline.dueAt, tier: .station,
                unit: "st-machi"))
            if note == "again" {
                try context.deadlines.schedule(deadline.key, at: deadline.dueAt.addingTimeInterval(3600))
            }
        }
    }

    private final class Stage {
        let directory: TemporaryDirectory
        let database: ServiceDatabase
        let clock: VirtualClock
        let metrics = ServiceMetrics(service: "timers")
        let firing: DeadlineFiring

        init(batchSize: Int = 500, at now: Date) throws {
            directory = try TemporaryDirectory()
            database = try ServiceDatabase(path: directory.path("timers.sqlite"), migrations: .none)
            clock = VirtualClock(start: now)
            var settings = DeadlineSettings()
            settings.batchSize = batchSize
            settings.retryDelay = .seconds(60)
            settings.maximumAttempts = 2
            let catalogue = try TopicCatalogue.load(directory: RepositoryFiles.topics)
            firing = DeadlineFiring(
                handler: Handler(), database: database, codec: EventCodec(catalogue: catalogue, source: "timers"),
                clock: clock, settings: settings, metrics: metrics, logger: runtimeLogger)
        }

        func schedule(_ ticket: String, at due: Date, note: String? = nil) throws {
            try database.write { db in
                try DeadlineStore.schedule(
                    DeadlineKey(subject: ticket, step: "H4"), at: due, note: note.map { Data($0.utf8) }, in: db)
            }
        }

        var published: [OutboxEntry] { get throws { try database.read { db in try Outbox.unsent(limit: -1, in: db) } } }
    }

    @Test func everyDueDeadlineFiresInBoundedTransactionsAndLaterOnesWait() throws {
        let stage = try Stage(batchSize: 100, at: base)
        try stage.database.write { db in
            for number in 0..<1_050 {
                try DeadlineStore.schedule(DeadlineKey(subject: "T\(number)", step: "H4"), at: base, in: db)
            }
            try DeadlineStore.schedule(DeadlineKey(subject: "later", step: "H4"), at: base.addingTimeInterval(1), in: db)
        }
        let round = try stage.firing.fireDue()
        #expect(round == .init(fired: 1_050, failed: 0, parked: 0))
        #expect(try stage.published.count == 1_050)
        #expect(try stage.database.read { db in try DeadlineStore.nextAttempt(in: db) } == base.addingTimeInterval(1))
        #expect(stage.metrics.value(of: "complaints_deadlines_fired_total") == 1_050)
    }

    @Test func eventIdsNameTheDeadlineAndItsDueTimeSoARepeatedFiringIsTheSameEvent() throws {
        let first = try Stage(at: base.addingTimeInterval(5))
        let second = try Stage(at: base.addingTimeInterval(90))
        for stage in [first, second] { try stage.schedule("95598-1", at: base) }
        _ = try first.firing.fireDue()
        _ = try second.firing.fireDue()
        let ids = try [first, second].map { try $0.published.map(\.eventID) }
        #expect(ids[0] == ["timers:deadline:95598-1:H4:2026-03-02T09:00:00+08:00:1"])
        #expect(ids[0] == ids[1])
    }

    @Test func aFailingDeadlineIsRetriedThenParkedWhileTheOthersFire() throws {
        let stage = try Stage(at: base)
        try stage.schedule("A", at: base)
        try stage.schedule("B", at: base, note: "fail")
        try stage.schedule("C", at: base)
        #expect(try stage.firing.fireDue() == .init(fired: 2, failed: 1, parked: 0))
        #expect(try stage.published.map(\.key) == ["A", "C"])
        let retry = try #require(try stage.database.read { db in try DeadlineStore.find(DeadlineKey(subject: "B", step: "H4"), in: db) })
        #expect(retry.attempts == 1 && retry.nextAttemptAt == base.addingTimeInterval(60))
        #expect(retry.lastError == "cannot fire B/H4")

        stage.clock.advance(to: base.addingTimeInterval(60))
        #expect(try stage.firing.fireDue() == .init(fired: 0, failed: 1, parked: 1))
        #expect(try stage.database.read { db in try DeadlineStore.nextAttempt(in: db) } == nil)
        #expect(try stage.database.read { db in try DeadlineStore.parked(in: db) }.map(\.key.subject) == ["B"])
        #expect(stage.metrics.value(of: "complaints_deadlines_parked") == 1)
        #expect(stage.metrics.value(of: "complaints_deadline_failures_total") == 2)
    }

    @Test func aDeadlineCanScheduleItselfAgainWhenItFires() throws {
        let stage = try Stage(at: base)
        try stage.schedule("A", at: base, note: "again")
        #expect(try stage.firing.fireDue().fired == 1)
        #expect(try stage.database.read { db in try DeadlineStore.nextAttempt(in: db) } == base.addingTimeInterval(3600))
    }
}
