@testable import CallbackService
import Contracts
import Foundation
import ServiceStore
import Testing

/// `CallbackService.seed`, which the benchmark's store is written with: tickets kept as the service keeps them.
@Suite struct CallbackSeedTests {
    @Test func aSeededTicketIsKeptWithItsCallbacksTimerAsTheServiceLeavesIt() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("callback-seed-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        var waiting = Life("T1"), closed = Life("T2")
        try resolve(&waiting)
        try resolve(&closed)
        try closed.callBack(.satisfied, at: at("2026-03-02T11:05"))
        let (due, ticket) = (try #require(waiting.timer), try #require(waiting.ticket))
        #expect(closed.timer == nil)

        let database = try ServiceDatabase(path: path, migrations: CallbackMigrations.all)
        let tickets = [ticket, try #require(closed.ticket)]
        try database.write { db in try CallbackService.seed(tickets, in: db) }
        let (found, timer, closedAt, closedTimers) = try database.read { db in
            (try followedTickets.find("T1", in: db),
             try DeadlineStore.find(DeadlineKey(subject: "T1", step: FollowTimer.callback.rawValue), in: db)?.dueAt,
             try followedTickets.find("T2", in: db)?.closedAt, try DeadlineStore.all(subject: "T2", in: db))
        }
        #expect(found == ticket && timer == due)
        #expect(closedAt == at("2026-03-02T11:05") && closedTimers.isEmpty)
    }

    /// Registered, assigned to st-machi, verified, contacted and resolved at 11:00: the callback is due at 11:10.
    private func resolve(_ life: inout Life) throws {
        life.register(at: at("2026-03-02T09:00"))
        try life.assign(at: at("2026-03-02T09:00"))
        try life.verify(at: at("2026-03-02T09:20"))
        life.contact(at: at("2026-03-02T09:40"))
        try life.resolve(at: at("2026-03-02T11:00"))
    }
}
