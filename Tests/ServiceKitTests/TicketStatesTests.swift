import Foundation
import GRDB
@testable import ServiceKit
import Testing

/// A state with every shape the services' states have: nested values, optionals, enums with and without values,
/// arrays, a dictionary, dates with fractions, integers at their limits, non-ASCII text.
private struct Sample: Codable, Sendable, Equatable {
    enum Stage: String, Codable, Sendable { case open, closed }
    enum Move: Codable, Sendable, Equatable {
        case assigned(unit: String, tier: Int)
        case paused(seconds: Double)
        case closed
    }
    struct Step: Codable, Sendable, Equatable {
        var step: String
        var dueAt: Date
        var endedAt: Date?
        var missed = false
    }

    var ticketNo = "95598-20260302-00001"
    var stage = Stage.open
    var note: String?
    var text = "客户反映本月电费比上月高出一倍，\"要求\"核实。\n"
    var steps = [
        Step(step: "H2", dueAt: Date(timeIntervalSince1970: 1_772_416_800.25), endedAt: Date(timeIntervalSince1970: 1_772_416_000)),
        Step(step: "C1", dueAt: Date(timeIntervalSince1970: 1_772_417_400)),
    ]
    var moves: [Move] = [.assigned(unit: "st-machi", tier: 4), .paused(seconds: 1.5), .closed]
    var counts = ["urges": 2, "calls": 0]
    var matrix: [[Int8]] = [[-128, 127], []]
    var limits: [Int64] = [.min, .max]
    var unsigned = UInt64.max
    var ratio = 0.1
    var empty: [String] = []
    var holder: Step?
}

/// The sample as an earlier version of the service kept it: no `stage`, `ratio` or `holder`.
private struct EarlierSample: Codable, Sendable, Equatable {
    var ticketNo: String
    var note: String?
    var steps: [Sample.Step]
}

/// The sample as a later version would read it: a step needs a member no stored state has.
private struct LaterSample: Codable, Sendable {
    struct Step: Codable, Sendable {
        var step: String
        var limit: String
    }
    var ticketNo: String
    var steps: [Step]
}

@Suite struct TicketStatesTests {
    private let table = "sample_ticket"

    private func store() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try queue.write { db in try TicketStates<Sample>(table: table).create(in: db) }
        return queue
    }

    @Test func aStateReadsBackExactlyAsSaved() throws {
        let queue = try store(), states = TicketStates<Sample>(table: table), sample = Sample()
        let (found, stored) = try queue.write { db in
            try states.save(sample, of: sample.ticketNo, closedAt: nil, in: db)
            return (try states.find(sample.ticketNo, in: db),
                    try Data.fetchOne(db, sql: "SELECT state FROM \(table)") ?? Data())
        }
        #expect(found == sample)
        #expect(stored.first == StateFormat.version)
        #expect(try queue.read { db in try states.find("95598-20260302-00002", in: db) } == nil)
    }

    @Test func aStateSavedAsJSONByAnEarlierVersionIsStillRead() throws {
        let queue = try store(), states = TicketStates<Sample>(table: table), sample = Sample()
        let found = try queue.write { db in
            try db.execute(
                sql: "INSERT INTO \(table) (ticket_no, state) VALUES (?, ?)",
                arguments: [sample.ticketNo, try JSONEncoder().encode(sample)])
            return try states.find(sample.ticketNo, in: db)
        }
        #expect(found == sample)
    }

    @Test func membersAStateNoLongerHasAreSkippedAndMissingOptionalsReadAsNil() throws {
        let queue = try store(), sample = Sample()
        let earlier = try queue.write { db in
            try TicketStates<Sample>(table: table).save(sample, of: sample.ticketNo, closedAt: nil, in: db)
            return try TicketStates<EarlierSample>(table: table).find(sample.ticketNo, in: db)
        }
        #expect(earlier == EarlierSample(ticketNo: sample.ticketNo, note: nil, steps: sample.steps))
        let encoded = try StateEncoder.encode(EarlierSample(ticketNo: "T1", note: "n", steps: []))
        #expect(throws: DecodingError.self) { try StateDecoder.decode(Sample.self, from: encoded) }
    }

    @Test func aStateThatDoesNotDecodeNamesTheTableTheTicketAndTheMember() throws {
        let queue = try store(), sample = Sample()
        try queue.write { db in try TicketStates<Sample>(table: table).save(sample, of: sample.ticketNo, closedAt: nil, in: db) }
        do {
            _ = try queue.read { db in try TicketStates<LaterSample>(table: table).find(sample.ticketNo, in: db) }
            Issue.record("a state without `limit` was read")
        } catch let error as DatabaseError {
            let message = error.message ?? ""
            #expect(message.contains("\(table) \(sample.ticketNo)"))
            #expect(message.contains("limit") && message.contains("steps"))
        }
    }

    @Test func damagedBytesAreAnErrorNotACrash() throws {
        let encoded = try StateEncoder.encode(Sample())
        for length in [1, 2, 5, encoded.count / 2, encoded.count - 1] {
            #expect(throws: DecodingError.self) { try StateDecoder.decode(Sample.self, from: encoded.prefix(length)) }
        }
        var lengthened = encoded
        lengthened[2] = 0xFF
        #expect(throws: DecodingError.self) { try StateDecoder.decode(Sample.self, from: lengthened) }
        #expect(throws: DecodingError.self) { try StateDecoder.decode(Sample.self, from: Data("{}".utf8)) }
    }
}
