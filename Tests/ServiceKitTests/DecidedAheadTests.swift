import Contracts
import Foundation
import GRDB
@testable import ServiceKit
import ServiceStore
import TestFixtures
import TestSupport
import Testing

/// A ticket-state route's decision is made ahead of the batch's transaction, from a read snapshot (`DecidedAhead`).
/// The transaction carries it out only while the ticket's stored state is still the one it was made from; otherwise
/// it decides again. Either way, the state, timers and events are those a decision in the transaction makes.
@Suite(.serialized) struct DecidedAheadTests {
    /// How many messages a ticket has had.
    struct Tally: TicketState, Equatable {
        var ticketNo: String
        var count: Int
        var closedAt: Date?
    }

    enum TallyTimer: String, Sendable { case reminder }

    typealias TallyDecision = TicketDecision<String, Tally, TallyTimer>

    private static let states = TicketStates<Tally>(table: "tally")
    private static let migrations = ServiceMigrations([.init("tally-1") { try states.create(in: $0) }])
    private static let now = Date(timeIntervalSince1970: 1_772_413_200)

    /// One more message: the count goes up, an event names it and a reminder is set that many minutes on.
    private static func counted(_ ticketNo: String, _ tally: Tally?, reason: String? = nil) -> TallyDecision {
        var decision = TallyDecision(
            rules: "tally", ticket: Tally(ticketNo: ticketNo, count: (tally?.count ?? 0) + 1))
        let count = decision.ticket.count
        decision.publish(ComplaintMerged(
            ticketNo: ticketNo, mergedTicketNo: ticketNo, channel: .hotline95598, receivedAt: now,
            reason: reason ?? "message \(count)", ruleIds: [.r3c]))
        decision.schedule(.reminder, at: now.addingTimeInterval(Double(count) * 60))
        return decision
    }

    private let codec: EventCodec

    init() throws {
        codec = EventCodec(catalogue: try TopicCatalogue.load(directory: RepositoryFiles.topics), source: "tally-test")
    }

    private static func database(in directory: borrowing TemporaryDirectory) throws -> ServiceDatabase {
        try ServiceDatabase(path: directory.path("tally.sqlite"), migrations: migrations)
    }

    private func store(_ tally: Tally, in database: ServiceDatabase) throws {
        try database.write { db in try Self.states.save(tally, of: tally.ticketNo, closedAt: nil, in: db) }
    }

    private func decideAhead(_ ticketNo: String, in database: ServiceDatabase, reason: String? = nil) throws -> DecidedAhead? {
        try database.read { [codec] db in
            Self.states.decideAhead(ticketNo, in: db, codec: codec) { Self.counted(ticketNo, $0, reason: reason) }
        }
    }

    /// Applies a message about `ticketNo` in a transaction, with `ahead` if given; returns whether the transaction
    /// decided again.
    private func apply(_ ticketNo: String, ahead: DecidedAhead?, in database: ServiceDatabase) throws -> Bool {
        try database.write { [codec] db in
            var decidedAgain = false
            let context = HandlerContext(db: db, now: Self.now, codec: codec, cause: "cause-1", decidedAhead: ahead)
            try Self.states.apply(ticketNo, in: context) { tally in
                decidedAgain = true
                return Self.counted(ticketNo, tally)
            }
            return decidedAgain
        }
    }

    private func outbox(_ database: ServiceDatabase) throws -> [OutboxEntry] {
        try database.read { db in try Outbox.unsent(limit: 100, in: db) }
    }

    @Test func aDecisionMadeAheadFromTheStoredStateIsCarriedOutWithoutDecidingAgain() throws {
        let directory = try TemporaryDirectory()
        let database = try Self.database(in: directory)
        try store(Tally(ticketNo: "T1", count: 1), in: database)
        let ahead = try #require(try decideAhead("T1", in: database))
        #expect(try apply("T1", ahead: ahead, in: database) == false)
        #expect(try database.read { db in try Self.states.find("T1", in: db) } == Tally(ticketNo: "T1", count: 2))
        #expect(try database.read { db in try DeadlineStore.all(subject: "T1", in: db) }.map(\.dueAt)
            == [Self.now.addingTimeInterval(120)])
        let events = try outbox(database)
        #expect(events.map(\.eventID) == ["tally-test:cause-1:1"])
        #expect(try ContractJSON.decode(ComplaintMerged.self, from: try #require(events.first).value).reason == "message 2")
    }

    /// The same message in the transaction, decided there, gives the same row, byte for byte.
    @Test func anEventDecidedAheadIsTheEventTheTransactionWouldPublish() throws {
        let directory = try TemporaryDirectory()
        let database = try Self.database(in: directory)
        try store(Tally(ticketNo: "T1", count: 4), in: database)
        _ = try apply("T1", ahead: try decideAhead("T1", in: database), in: database)
        let aheadRow = try #require(try outbox(database).first)

        let other = try TemporaryDirectory()
        let inTransaction = try Self.database(in: other)
        try store(Tally(ticketNo: "T1", count: 4), in: inTransaction)
        #expect(try apply("T1", ahead: nil, in: inTransaction) == true)
        #expect(try #require(try outbox(inTransaction).first) == aheadRow)
        #expect(try inTransaction.read { db in try Self.states.stored("T1", in: db) }
            == database.read { db in try Self.states.stored("T1", in: db) })
    }

    /// Another message (or a timer) changed the ticket after the snapshot: the decision made ahead is stale, and the
    /// transaction decides again from the state stored now.
    @Test func aTicketChangedSinceTheSnapshotIsDecidedAgain() throws {
        let directory = try TemporaryDirectory()
        let database = try Self.database(in: directory)
        try store(Tally(ticketNo: "T1", count: 1), in: database)
        let stale = try #require(try decideAhead("T1", in: database))
        try store(Tally(ticketNo: "T1", count: 5), in: database)
        #expect(try apply("T1", ahead: stale, in: database) == true)
        #expect(try database.read { db in try Self.states.find("T1", in: db) }?.count == 6)
        #expect(try ContractJSON.decode(ComplaintMerged.self, from: try #require(try outbox(database).first).value).reason
            == "message 6")
    }

    /// A ticket the snapshot did not hold, created before the transaction, is not decided as a new one.
    @Test func aTicketCreatedSinceTheSnapshotIsDecidedAgain() throws {
        let directory = try TemporaryDirectory()
        let database = try Self.database(in: directory)
        let madeForNone = try #require(try decideAhead("T2", in: database))
        #expect(madeForNone.from == nil)
        try store(Tally(ticketNo: "T2", count: 3), in: database)
        #expect(try apply("T2", ahead: madeForNone, in: database) == true)
        #expect(try database.read { db in try Self.states.find("T2", in: db) }?.count == 4)
    }

    @Test func aRefusalMadeAheadIsTheMessagesRefusal() throws {
        let directory = try TemporaryDirectory()
        let database = try Self.database(in: directory)
        try store(Tally(ticketNo: "T1", count: 1), in: database)
        let codec = self.codec
        let madeAhead: DecidedAhead? = try database.read { db in
            Self.states.decideAhead("T1", in: db, codec: codec) { _ -> TallyDecision in throw Rejection("T1 is closed") }
        }
        let refused = try #require(madeAhead)
        let reason: String? = try database.write { db in
            let context = HandlerContext(db: db, now: Self.now, codec: codec, cause: "cause-1", decidedAhead: refused)
            do {
                try Self.states.apply("T1", in: context) { Self.counted("T1", $0) }
                return nil
            } catch let rejection as Rejection {
                return rejection.reason
            }
        }
        #expect(reason == "T1 is closed")
        #expect(try database.read { db in try Self.states.find("T1", in: db) }?.count == 1)
        #expect(try outbox(database).isEmpty)
    }

    /// An event that breaks its schema (a bug) is not decided ahead: the transaction decides again and reports it
    /// as it always does.
    @Test func aDecisionWhoseEventBreaksItsSchemaIsNotMadeAhead() throws {
        let directory = try TemporaryDirectory()
        let database = try Self.database(in: directory)
        try store(Tally(ticketNo: "T1", count: 1), in: database)
        #expect(try decideAhead("T1", in: database, reason: "") == nil)
        #expect(try decideAhead("T1", in: database) != nil)
    }
}

/// Through the runner: many messages about a few tickets, several about one ticket in each batch, all decided ahead
/// from the same snapshot. Each message must still see the one before it.
@Suite(.serialized) struct DecidedAheadRunnerTests {
    /// A hotline ticket seen as a message about one of seven tallies.
    struct TalliedTicket: TicketPayloadView {
        static let messageType = MessageType.ticketSubmitted
        var ticketNo: String
        var original: String

        static func read(fromChecked body: JSONValue) throws -> TalliedTicket {
            let ticket = try TicketSubmitted.read(fromChecked: body)
            let number = Int(ticket.ticketNo.suffix(5)) ?? 0
            return TalliedTicket(ticketNo: "tally-\(number % 7)", original: ticket.ticketNo)
        }
    }

    private struct TallyHandler: EventHandler {
        var routes: EventRoutes {
            EventRoutes().onTicket(TalliedTicket.self, in: DecidedAheadRunnerTests.states) { message, event, tally in
                var decision = TicketDecision<String, DecidedAheadTests.Tally, DecidedAheadTests.TallyTimer>(
                    rules: "tally",
                    ticket: DecidedAheadTests.Tally(ticketNo: message.ticketNo, count: (tally?.count ?? 0) + 1))
                decision.publish(ComplaintMerged(
                    ticketNo: message.ticketNo, mergedTicketNo: message.original, channel: .hotline95598,
                    receivedAt: event.attributes.time, reason: "message \(decision.ticket.count)", ruleIds: [.r3c]))
                return decision
            }
        }
    }

    static let states = TicketStates<DecidedAheadTests.Tally>(table: "tally")

    private let definition = ServiceDefinition(
        name: "tally", topics: [.hotlineTickets],
        migrations: ServiceMigrations([.init("tally-1") { try DecidedAheadRunnerTests.states.create(in: $0) }]),
        makeHandler: { _ in TallyHandler() })

    @Test func messagesAboutOneTicketInABatchEachSeeTheOneBefore() async throws {
        let fixture = try RuntimeFixture()
        try await fixture.tickets().publish(0..<700)
        let database = try fixture.database(definition)
        let instance = try fixture.instance(database, definition: definition)
        let running = BackgroundServices([instance.relay, instance.runner], logger: runtimeLogger)
        func tallies() throws -> [Int?] {
            try database.read { db in try (0..<7).map { try Self.states.find("tally-\($0)", in: db)?.count } }
        }
        let settled = try await eventually {
            try tallies().compactMap { $0 }.reduce(0, +) == 700 && database.read { db in try Outbox.backlog(in: db) } == 0
        }
        try await running.stop()
        #expect(settled)
        #expect(try tallies() == Array(repeating: 100, count: 7))
        // Every count from 1 to 100 was published once for each tally: none was decided from a stale state.
        let published = try await fixture.read(.complaintsRegistered, atLeast: 700)
        let reasons = try published.map { message -> String in
            let merged = try ContractJSON.decode(ComplaintMerged.self, from: message.value ?? Data())
            return "\(merged.ticketNo) \(merged.reason)"
        }
        #expect(reasons.count == 700)
        // Only the first message about a tally in a batch, and only about a tally the batch being applied does not
        // touch, is decided ahead: every such decision is carried out, none is made again.
        func decidedAhead(_ result: String) -> Int {
            let line = instance.metrics.exposition().split(separator: "\n").first {
                $0.hasPrefix("complaints_decided_ahead_total{") && $0.contains("result=\"\(result)\"")
            }
            return line.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        }
        #expect(decidedAhead("used") >= 1)
        #expect(decidedAhead("decided_again") == 0)
        #expect(Set(reasons) == Set((0..<7).flatMap { tally in (1...100).map { "tally-\(tally) message \($0)" } }))
    }
}
