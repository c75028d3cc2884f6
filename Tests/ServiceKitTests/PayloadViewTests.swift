import Contracts
import Foundation
import GRDB
import Kafka
import ServiceKit
import ServiceStore
import TestFixtures
import TestSupport
import Testing

/// A route may decode only the members its handler reads (a `PayloadView`): the schema still checks the whole body,
/// and a body the view cannot read is dead-lettered as undecodable, not handed to the handler half-read.
@Suite(.serialized) struct PayloadViewTests {
    /// What this handler reads of a ticket: its number and who accepted it, which the contract leaves optional.
    private struct AcceptedTicket: PayloadView, Decodable {
        static let messageType = MessageType.ticketSubmitted
        let ticketNo: String
        let acceptedBy: Owner
    }

    private struct ViewingHandler: EventHandler {
        var routes: EventRoutes {
            EventRoutes().on(AcceptedTicket.self) { ticket, _, context in
                try context.db.execute(
                    sql: "INSERT INTO accepted (ticket_no, unit) VALUES (?, ?)",
                    arguments: [ticket.ticketNo, ticket.acceptedBy.unit])
            }
        }
    }

    private let definition = ServiceDefinition(
        name: "viewing", topics: [.hotlineTickets],
        migrations: ServiceMigrations([
            .init("viewing-1") { db in try db.execute(sql: "CREATE TABLE accepted (ticket_no TEXT PRIMARY KEY, unit TEXT)") },
        ]),
        makeHandler: { _ in ViewingHandler() })

    @Test func aRouteReadsItsViewAndABodyTheViewCannotReadIsDeadLettered() async throws {
        let fixture = try RuntimeFixture()
        let tickets = try fixture.tickets()
        var accepted = InboundTickets.ticket(1)
        accepted.acceptedBy = Owner(unit: "st-machi")
        // Valid for the contract, but without the member this handler's view requires.
        let unaccepted = InboundTickets.ticket(2)
        try await tickets.send([
            try tickets.message(accepted, eventID: "hotline-1"), try tickets.message(unaccepted, eventID: "hotline-2"),
        ])
        let database = try fixture.database(definition)
        let instance = try fixture.instance(database, definition: definition)
        let running = BackgroundServices([instance.relay, instance.runner], logger: runtimeLogger)
        #expect(try await eventually {
            try database.read { db in try Outbox.backlog(in: db) } == 0
                && instance.metrics.value(of: "complaints_messages_applied_total") == 1
                && instance.metrics.value(of: "complaints_dead_lettered_total") == 1
        })
        try await running.stop()
        let stored = try database.read { db in
            try Row.fetchAll(db, sql: "SELECT ticket_no, unit FROM accepted").map { row -> [String] in [row[0], row[1]] }
        }
        #expect(stored == [[accepted.ticketNo, "st-machi"]])
        let letters = try await fixture.read(.complaintsDeadletter, atLeast: 1)
        let rejected = try letters.map { try ContractJSON.decode(MessageRejected.self, from: $0.value ?? Data()) }
        #expect(rejected.map(\.reasonCode) == [.undecodable])
        #expect(rejected.first?.reason.contains("acceptedBy") == true, "the reason names the member: \(rejected)")
    }
}
