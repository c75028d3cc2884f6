import Foundation
import GRDB
import ServiceStore
import Testing

/// The shared deadline table: keyed by ticket and step, ordered by when each fires next, and kept across restarts.
@Suite struct DeadlineStoreTests {
    private let base = Date(timeIntervalSince1970: 1_772_413_200)  // 2026-03-02 09:00 Beijing time
    private func at(_ minutes: Double) -> Date { base.addingTimeInterval(minutes * 60) }
    private func key(_ ticket: String, _ step: String = "H4") -> DeadlineKey { DeadlineKey(subject: ticket, step: step) }

    @Test func schedulingTheSameKeyAgainMovesTheDeadlineInsteadOfAddingOne() throws {
        let directory = try TemporaryDirectory()
        let database = try ServiceDatabase(path: directory.path("d.sqlite"), migrations: .none)
        try database.write { db in
            try DeadlineStore.schedule(key("A"), at: at(60), note: Data("first".utf8), in: db)
            try DeadlineStore.schedule(key("A"), at: at(30), note: Data("moved".utf8), in: db)
            try DeadlineStore.schedule(key("A", "H5"), at: at(90), in: db)
        }
        let deadlines = try database.read { db in try DeadlineStore.all(subject: "A", in: db) }
        #expect(deadlines.map(\.key.step) == ["H4", "H5"])
        #expect(deadlines[0].dueAt == at(30))
        #expect(deadlines[0].note == Data("moved".utf8))
        #expect(try database.read { db in try DeadlineStore.nextAttempt(in: db) } == at(30))
    }

    @Test func aCancelledDeadlineNeverFallsDue() throws {
        let directory = try TemporaryDirectory()
        let database = try ServiceDatabase(path: directory.path("d.sqlite"), migrations: .none)
        let cancelled = try database.write { db in
            try DeadlineStore.schedule(key("A"), at: at(10), in: db)
            try DeadlineStore.schedule(key("B"), at: at(20), in: db)
            try DeadlineStore.schedule(key("B", "C1"), at: at(25), in: db)
            return (try DeadlineStore.cancel(key("A"), in: db), try DeadlineStore.cancelAll(subject: "B", in: db),
                    try DeadlineStore.cancel(key("missing"), in: db))
        }
        #expect(cancelled == (true, 2, false))
        #expect(try database.read { db in try DeadlineStore.due(at: at(100), limit: 10, in: db) }.isEmpty)
    }

    @Test func dueDeadlinesComeOldestFirstThenByKeyAndNoMoreThanTheLimit() throws {
        let directory = try TemporaryDirectory()
        let database = try ServiceDatabase(path: directory.path("d.sqlite"), migrations: .none)
        try database.write { db in
            for (ticket, minutes) in [("C", 5.0), ("A", 10), ("B", 5), ("D", 11), ("E", 60)] {
                try DeadlineStore.schedule(key(ticket), at: at(minutes), in: db)
            }
        }
        let due = try database.read { db in try DeadlineStore.due(at: at(11), limit: 3, in: db) }
        #expect(due.map(\.key.subject) == ["B", "C", "A"])
        let all = try database.read { db in try DeadlineStore.due(at: at(11), limit: 10, in: db) }
        #expect(all.map(\.key.subject) == ["B", "C", "A", "D"])
    }

    @Test func aFailedFiringIsRetriedLaterAndAParkedOneWaitsForAnOperator() throws {
        let directory = try TemporaryDirectory()
        let database = try ServiceDatabase(path: directory.path("d.sqlite"), migrations: .none)
        try database.write { db in
            try DeadlineStore.schedule(key("A"), at: at(0), in: db)
            try DeadlineStore.schedule(key("B"), at: at(0), in: db)
            try DeadlineStore.recordFailure(of: key("A"), error: "boom", at: at(1), retryAt: at(2), in: db)
            try DeadlineStore.recordFailure(of: key("B"), error: "broken for good", at: at(1), retryAt: nil, in: db)
        }
        let retried = try #require(try database.read { db in try DeadlineStore.find(key("A"), in: db) })
        #expect(retried.attempts == 1 && retried.lastError == "boom" && retried.nextAttemptAt == at(2))
        #expect(try database.read { db in try DeadlineStore.due(at: at(1), limit: 10, in: db) }.isEmpty)
        #expect(try database.read { db in try DeadlineStore.nextAttempt(in: db) } == at(2))
        let parked = try database.read { db in try DeadlineStore.parked(in: db) }
        #expect(parked.map(\.key) == [key("B")])
        #expect(parked.first?.parkedAt == at(1) && parked.first?.lastError == "broken for good")
        #expect(try database.read { db in try DeadlineStore.counts(in: db) } == (1, 1))

        #expect(try database.write { db in try DeadlineStore.retryParked(in: db) } == 1)
        let due = try database.read { db in try DeadlineStore.due(at: at(1), limit: 10, in: db) }
        #expect(due.map(\.key) == [key("B")])
        #expect(due.first?.attempts == 0 && due.first?.nextAttemptAt == at(0))
    }

    @Test func deadlinesSurviveARestart() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("d.sqlite")
        do {
            let database = try ServiceDatabase(path: path, migrations: .none)
            try database.write { db in try DeadlineStore.schedule(key("A"), at: at(30), note: Data("x".utf8), in: db) }
        }
        let reopened = try ServiceDatabase(path: path, migrations: .none)
        #expect(try reopened.read { db in try DeadlineStore.due(at: at(30), limit: 10, in: db) }.map(\.note) == [Data("x".utf8)])
    }
}
