import ArgumentParser
@testable import complaints
import Foundation
import ServiceStore
import Testing

/// `complaints deadlines`: an operator sees the parked deadlines of a service's store and puts them back to fire.
@Suite struct DeadlinesCommandTests {
    private let due = Date(timeIntervalSince1970: 1_772_413_200)

    private func store() throws -> (path: String, database: ServiceDatabase) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("deadlines-\(UUID().uuidString).sqlite").path
        let database = try ServiceDatabase(path: path, migrations: .none)
        try database.write { [due] db in
            for ticket in ["A", "B"] {
                try DeadlineStore.schedule(DeadlineKey(subject: ticket, step: "H4"), at: due, in: db)
                try DeadlineStore.recordFailure(
                    of: DeadlineKey(subject: ticket, step: "H4"), error: "unit unknown", at: due, retryAt: nil, in: db)
            }
        }
        return (path, database)
    }

    @Test func aParkedDeadlineIsListedWithItsError() throws {
        let line = DeadlinesCommand.List.line(Deadline(
            key: DeadlineKey(subject: "A", step: "H4"), dueAt: due, attempts: 3, lastError: "unit unknown", parkedAt: due))
        #expect(line == #"{"attempts":"3","due":"2026-03-02T09:00:00+08:00","error":"unit unknown","parked":"2026-03-02T09:00:00+08:00","step":"H4","ticket":"A"}"#)
    }

    @Test func retryingOneParkedDeadlineLeavesTheOthersParked() throws {
        let (path, database) = try store()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let retry = try DeadlinesCommand.Retry.parse(["--database", path, "--ticket", "B", "--step", "H4"])
        try retry.run()
        #expect(try database.read { db in try DeadlineStore.parked(in: db) }.map(\.key.subject) == ["A"])
        #expect(try database.read { db in try DeadlineStore.due(at: due, limit: 10, in: db) }.map(\.key.subject) == ["B"])
    }

    @Test func retryNeedsOneDeadlineOrAll() {
        #expect(throws: (any Error).self) { try DeadlinesCommand.Retry.parse(["--database", "x.sqlite", "--ticket", "A"]) }
        #expect(throws: (any Error).self) { try DeadlinesCommand.Retry.parse(["--database", "x.sqlite"]) }
    }
}

/// `complaints tail --unit`: a regional unit sees only its own assignments.
@Suite struct TailUnitFilterTests {
    @Test func onlyBodiesNamingTheUnitPass() {
        let mine = Data(#"{"ticketNo":"T1","unit":"st-machi","tier":"station"}"#.utf8)
        let theirs = Data(#"{"ticketNo":"T2","unit":"st-saihan","tier":"station"}"#.utf8)
        #expect(TailCommand.body(mine, names: "st-machi"))
        #expect(!TailCommand.body(theirs, names: "st-machi"))
        #expect(!TailCommand.body(Data("not json".utf8), names: "st-machi"))
        #expect(!TailCommand.body(nil, names: "st-machi"))
    }
}
