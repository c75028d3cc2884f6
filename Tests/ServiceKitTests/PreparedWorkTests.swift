import Contracts
import Foundation
import GRDB
import ServiceKit
import ServiceStore
import TestFixtures
import Testing

/// A handler's pure work is done before the batch's transaction, and what it made reaches `apply` with its own message.
@Suite(.serialized) struct PreparedWorkTests {
    /// Prepares each ticket's number in capitals and records, when applying, what it was handed.
    private struct PreparingHandler: EventHandler {
        func prepare(_ payload: any Sendable, of event: IncomingEvent) -> (any Sendable)? {
            (payload as? TicketSubmitted).map { "prepared " + $0.ticketNo.uppercased() }
        }

        var routes: EventRoutes {
            EventRoutes().on(TicketSubmitted.self) { ticket, _, context in
                try context.db.execute(
                    sql: "INSERT INTO handed (ticket_no, prepared) VALUES (?, ?)",
                    arguments: [ticket.ticketNo, context.prepared as? String])
            }
        }
    }

    private let definition = ServiceDefinition(
        name: "preparing", topics: [.hotlineTickets],
        migrations: ServiceMigrations([
            .init("preparing-1") { db in try db.execute(sql: "CREATE TABLE handed (ticket_no TEXT PRIMARY KEY, prepared TEXT)") },
        ]),
        makeHandler: { _ in PreparingHandler() })

    @Test func eachMessageIsAppliedWithWhatWasPreparedFromIt() async throws {
        let fixture = try RuntimeFixture()
        // More than one chunk per core, so the preparation is split and put back together in order.
        try await fixture.tickets().publish(0..<300)
        let database = try fixture.database(definition)
        let instance = try fixture.instance(database, definition: definition)
        let running = BackgroundServices([instance.relay, instance.runner], logger: runtimeLogger)
        #expect(try await eventually {
            try database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM handed") } == 300
        })
        try await running.stop()
        let handed = try database.read { db in
            try Row.fetchAll(db, sql: "SELECT ticket_no, prepared FROM handed").map { row -> (String, String?) in
                (row[0], row[1])
            }
        }
        #expect(handed.count == 300)
        #expect(handed.allSatisfy { $0.1 == "prepared " + $0.0.uppercased() })
    }
}
