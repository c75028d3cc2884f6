import BusinessTime
import Contracts
import Foundation
import Kafka
@testable import ServiceKit
import ServiceStore
import Testing

/// The rows the runner hands the relay after a commit are sent from memory only when they follow what is in flight
/// without a gap; anything else is read from the store, so nothing is skipped, reordered or sent twice.
@Suite struct HandedOffRowsTests {
    private func rows(_ sequences: ClosedRange<Int64>, from: String = "memory") -> [OutboxEntry] {
        sequences.map { sequence in
            OutboxEntry(
                sequence: sequence, eventID: "handed-off:\(sequence)", topic: TopicName.complaintsRegistered.rawValue,
                key: "95598-\(sequence)", type: "complaint.registered", headers: [.init(name: "from", value: from)],
                value: Data("\(sequence)".utf8), createdAt: Date(timeIntervalSince1970: 1_772_413_200))
        }
    }

    @Test func rowsThatFollowWhatIsInFlightAreTakenInOrderUpToTheLimit() throws {
        let handedOff = HandedOffRows()
        handedOff.add(rows(11...15))
        handedOff.add(rows(16...20))
        let first = try #require(handedOff.take(after: 10, limit: 7))
        #expect(first.rows.map(\.sequence) == Array(11...17))
        #expect(first.waiting == 3)
        #expect(try #require(handedOff.take(after: 17, limit: 7)).rows.map(\.sequence) == [18, 19, 20])
        #expect(handedOff.take(after: 20, limit: 7) == nil)
    }

    /// Nothing in flight (a start, or after a failure): where the unsent rows begin is the store's to say.
    @Test func withNothingInFlightTheStoreIsRead() {
        let handedOff = HandedOffRows()
        handedOff.add(rows(1...3))
        #expect(handedOff.take(after: 0, limit: 10) == nil)
    }

    /// Rows committed by another path (a timer firing) are missing here: the store is read until the gap is passed,
    /// and rows already read from it are dropped, not sent again.
    @Test func aGapIsReadFromTheStoreAndRowsAlreadyReadAreDropped() throws {
        let handedOff = HandedOffRows()
        handedOff.add(rows(1...3))
        handedOff.add(rows(7...9))
        #expect(handedOff.take(after: 3, limit: 10) == nil, "rows 4–6 were not handed off")
        // The relay read rows 4–8 from the store; only row 9 is left to send from memory.
        #expect(try #require(handedOff.take(after: 8, limit: 10)).rows.map(\.sequence) == [9])
    }

    /// A broker that is down must not make the relay hold every committed row in memory.
    @Test func beyondTheLimitTheRowsAreLeftToTheStore() {
        let handedOff = HandedOffRows()
        handedOff.add(rows(1...Int64(HandedOffRows.limit)))
        handedOff.add(rows(Int64(HandedOffRows.limit + 1)...Int64(HandedOffRows.limit + 1)))
        #expect(handedOff.take(after: Int64(HandedOffRows.limit), limit: 10) == nil)
    }
}

/// The relay with rows handed off: sent from memory where they follow what is in flight, from the store elsewhere,
/// every row published once, in order, and marked sent.
@Suite(.serialized) struct OutboxRelayHandOffTests {
    private func entry(_ index: Int) -> OutboxEntry {
        OutboxEntry(
            eventID: "hand-off:\(index)", topic: TopicName.complaintsRegistered.rawValue, key: "95598-00001",
            type: "complaint.registered", headers: [.init(name: "from", value: "store")],
            value: Data("\(index)".utf8), createdAt: Date(timeIntervalSince1970: 1_772_413_200))
    }

    @Test func handedOffRowsAfterTheLastInFlightAreSentFromMemoryAndTheRestFromTheStore() async throws {
        let fixture = try RuntimeFixture()
        let database = try fixture.database()
        let kafka = fixture.kafka
        let relay = OutboxRelay(
            database: database,
            makeProducer: { () throws(KafkaError) -> KafkaProducer in
                try KafkaProducer(configuration: ProducerConfiguration(client: kafka), logger: runtimeLogger)
            },
            clock: SystemClock(), metrics: ServiceMetrics(service: "hand-off-test"), logger: runtimeLogger,
            batchSize: 3, crashPoint: nil)
        // Three commits of three rows; the second is a timer firing's, which is not handed off. What is handed off is
        // marked, so the published messages show which rows came from memory.
        var committed: [[OutboxEntry]] = []
        for commit in 0..<3 {
            committed.append(try database.write { db in
                try (1...3).map { index in
                    var row = entry(commit * 3 + index)
                    row.sequence = try Outbox.append(row, in: db)
                    row.headers = [.init(name: "from", value: "memory")]
                    return row
                }
            })
        }
        relay.handOff(committed[0])
        relay.handOff(committed[2])
        var producer = try KafkaProducer(configuration: ProducerConfiguration(client: kafka), logger: runtimeLogger)
        var window = SendWindow()
        while try await relay.pump(with: &producer, window: &window) > 0 {}
        await producer.close()

        #expect(try database.read { db in try Outbox.backlog(in: db) } == 0)
        let published = try await fixture.read(.complaintsRegistered, atLeast: 9)
        // One partition (one key): the topic's order is the outbox's.
        #expect(published.map { String(decoding: $0.value ?? Data(), as: UTF8.self) } == (1...9).map(String.init))
        // Rows 1–3 came first, with nothing in flight: read from the store. Rows 4–6 were never handed off. Rows 7–9
        // followed row 6 in flight: sent from memory.
        #expect(published.map { $0.header("from") } == Array(repeating: "store", count: 6) + Array(repeating: "memory", count: 3))
    }
}
