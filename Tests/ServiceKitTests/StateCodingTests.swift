import Foundation
import GRDB
import ServiceKit
import ServiceStore
import Testing

/// The compact form of a ticket's state (`StateCoding`, `TicketStates`): every kind of `Codable` member comes back
/// as it was, states stored as JSON before are still read, and a state with a member more or less still decodes.
@Suite struct StateCodingTests {
    /// Something of every shape a state holds: plain values at their limits, optionals, nested values, raw-value
    /// enums, dates, arrays and dictionaries, empty ones too.
    struct Sample: Codable, Equatable, Sendable {
        enum Stage: String, Codable { case open, closed = "closed-for-good" }
        struct Step: Codable, Equatable { var id: String; var dueAt: Date; var urges: Int }

        var name = "王女士 95598-B-1"
        var long = String(repeating: "很长的文字", count: 40)
        var empty = ""
        var integers = [0, 1, -1, 63, -64, 64, 300, Int.max, Int.min]
        var sized: [Int8] = [.min, .max]
        var unsigned: [UInt64] = [0, UInt64(Int64.max)]
        var flags = [true, false]
        var ratio = -0.1
        var extremes = [-0.0, Double.leastNonzeroMagnitude, .greatestFiniteMagnitude]
        var single: Float = 2.5
        var when = Date(timeIntervalSince1970: 1_772_413_200.125)
        var stage = Stage.closed
        var step: Step? = Step(id: "H2", dueAt: Date(timeIntervalSince1970: 1_772_416_800), urges: 2)
        var missing: Step?
        var steps: [Step] = []
        var holes: [Int?] = [1, nil, 3]
        var byUnit = ["st-machi": [1.5], "": []]
        var nested: [[String]] = [[], ["a", ""]]
    }

    @Test func everyKindOfMemberComesBackAsItWas() throws {
        let sample = Sample()
        #expect(try StateCoding.decode(Sample.self, from: StateCoding.encode(sample)) == sample)
        var changed = sample
        changed.missing = changed.step
        changed.step = nil
        changed.steps = [changed.missing!, changed.missing!]
        #expect(try StateCoding.decode(Sample.self, from: StateCoding.encode(changed)) == changed)
    }

    @Test func aStateStoredAsJSONBeforeIsStillRead() throws {
        let sample = Sample()
        #expect(try StateCoding.decode(Sample.self, from: JSONEncoder().encode(sample)) == sample)
    }

    @Test func aMemberAddedLaterIsAbsentFromOlderStatesAndOneRemovedIsIgnored() throws {
        struct Before: Codable { var ticketNo = "T1"; var urges = 3; var dropped = "gone" }
        struct After: Codable, Equatable {
            var ticketNo: String
            var urges: Int
            var added: Date?
        }
        #expect(try StateCoding.decode(After.self, from: StateCoding.encode(Before())) == After(ticketNo: "T1", urges: 3))
    }

    @Test func aMemberOfTheWrongKindOrAMissingOneIsADecodingError() throws {
        struct Text: Codable { var urges = "three" }
        struct Count: Codable { var urges: Int }
        struct Other: Codable { var elsewhere = 1 }
        #expect(throws: DecodingError.self) { try StateCoding.decode(Count.self, from: StateCoding.encode(Text())) }
        #expect(throws: DecodingError.self) { try StateCoding.decode(Count.self, from: StateCoding.encode(Other())) }
    }

    @Test func truncatedBytesAreADecodingErrorNotACrash() throws {
        let bytes = try StateCoding.encode(Sample())
        for length in [1, 2, 6, bytes.count / 2, bytes.count - 1] {
            #expect(throws: DecodingError.self) { try StateCoding.decode(Sample.self, from: bytes.prefix(length)) }
        }
    }

    @Test func ticketStatesStoreTheCompactFormAndReadTheirOlderJSONRows() throws {
        let directory = try TemporaryDirectory()
        let states = TicketStates<Sample>(table: "sample_ticket")
        let database = try ServiceDatabase(
            path: directory.path("s.sqlite"), migrations: ServiceMigrations([.init("samples") { try states.create(in: $0) }]))
        let sample = Sample()
        try database.write { db in
            try states.save(sample, of: "T1", closedAt: nil, in: db)
            // A row as the service wrote it before the compact form.
            try db.execute(
                sql: "INSERT INTO sample_ticket (ticket_no, state) VALUES ('T2', ?)", arguments: [JSONEncoder().encode(sample)])
        }
        #expect(try database.read { db in try states.find("T1", in: db) } == sample)
        #expect(try database.read { db in try states.find("T2", in: db) } == sample)
        #expect(try database.read { db in try states.find("T3", in: db) } == nil)
        var changed = sample
        changed.stage = .open
        try database.write { [changed] db in try states.save(changed, of: "T2", closedAt: nil, in: db) }
        #expect(try database.read { db in try states.find("T2", in: db) } == changed)
        let first = try database.read { db in try Data.fetchOne(db, sql: "SELECT state FROM sample_ticket WHERE ticket_no = 'T2'") }
        #expect(first?.first == 0xB1, "rewritten in the compact form")
    }
}
