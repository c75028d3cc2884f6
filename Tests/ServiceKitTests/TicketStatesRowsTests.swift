import Foundation
import GRDB
import ServiceKit
import ServiceStore
import Testing

/// A state table made again with its rows kept another way (`TicketStates.recreate`): every state, open or closed,
/// is still there and still pruned by its close.
@Suite struct TicketStatesRowsTests {
    struct Ticket: TicketState, Equatable {
        var ticketNo: String
        var story: String
        var closedAt: Date?
    }

    @Test func recreatedWithRowidsTheTableKeepsEveryStateAndItsClose() throws {
        let directory = try TemporaryDirectory()
        let states = TicketStates<Ticket>(table: "sample_ticket")
        let open = Ticket(ticketNo: "T1", story: String(repeating: "很长的故事", count: 150))
        let closed = Ticket(ticketNo: "T2", story: "短", closedAt: Date(timeIntervalSince1970: 1_000))
        do {
            // A store that has kept its states by ticket number so far.
            let database = try ServiceDatabase(path: directory.path("s.sqlite"), migrations: ServiceMigrations([
                .init("sample-1") { try states.create(in: $0) },
            ]))
            try database.write { db in
                for ticket in [open, closed] { try states.save(ticket, of: ticket.ticketNo, closedAt: ticket.closedAt, in: db) }
            }
        }
        let moved = try ServiceDatabase(path: directory.path("s.sqlite"), migrations: ServiceMigrations([
            .init("sample-1") { try states.create(in: $0) },
            .init("sample-2") { try states.recreate(in: $0, rows: .byRowid) },
        ]))
        let sql = try moved.read { db in try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'sample_ticket'") }
        #expect(sql?.contains("WITHOUT ROWID") == false)
        #expect(try moved.read { db in try states.find("T1", in: db) } == open)
        #expect(try moved.read { db in try states.find("T2", in: db) } == closed)
        #expect(try moved.write { db in try states.prune(closedBefore: Date(timeIntervalSince1970: 2_000), limit: 10, in: db) } == 1)
        #expect(try moved.read { db in try states.find("T2", in: db) } == nil)
        #expect(try moved.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sample_ticket") } == 1)
    }
}
