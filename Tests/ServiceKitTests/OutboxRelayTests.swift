import BusinessTime
import Contracts
import Foundation
import Kafka
@testable import ServiceKit
import ServiceStore
import Testing

/// The relay keeps several batches on their way to the broker; delivery reports, not sending, decide what is marked.
@Suite(.serialized) struct OutboxRelayTests {
    private let now = Date(timeIntervalSince1970: 1_772_413_200)

    private func entry(_ index: Int, bytes: Int = 40) -> OutboxEntry {
        OutboxEntry(
            eventID: "relay-test:\(index)", topic: TopicName.complaintsRegistered.rawValue, key: "95598-\(index)",
            type: "complaint.registered", headers: [.init(name: "ce_id", value: "relay-test:\(index)")],
            value: Data(repeating: UInt8(ascii: "x"), count: bytes), createdAt: now)
    }

    private func relay(_ fixture: RuntimeFixture, _ database: ServiceDatabase, batchSize: Int) -> OutboxRelay {
        let kafka = fixture.kafka
        return OutboxRelay(
            database: database,
            makeProducer: { () throws(KafkaError) -> KafkaProducer in
                try KafkaProducer(configuration: ProducerConfiguration(client: kafka), logger: runtimeLogger)
            },
            clock: SystemClock(), metrics: ServiceMetrics(service: "relay-test"), logger: runtimeLogger,
            batchSize: batchSize, crashPoint: nil)
    }

    /// Batches of 3 with 3 in flight: a row the broker refuses (over `message.max.bytes`) fails only itself; the
    /// rows around it, in its batch and in the batches in flight beside it, are published once and marked sent.
    @Test func aRefusedRowStaysUnsentWhileTheBatchesInFlightBesideItAreMarked() async throws {
        let fixture = try RuntimeFixture()
        let database = try fixture.database()
        try database.write { db in
            for index in 1...10 {
                try Outbox.append(entry(index, bytes: index == 5 ? 2_000_000 : 40), in: db)
            }
        }
        let relay = relay(fixture, database, batchSize: 3)
        var producer = try KafkaProducer(configuration: ProducerConfiguration(client: fixture.kafka), logger: runtimeLogger)
        var window = SendWindow()
        // The first pump sends rows 1–9 and settles 1–3; the second sends 10 and settles 4–6, where 5 failed.
        #expect(try await relay.pump(with: &producer, window: &window) == 3)
        await #expect(throws: KafkaError.self) { try await relay.pump(with: &producer, window: &window) }
        #expect(window.isEmpty, "every batch in flight was settled before the failure was reported")
        let unsent = try database.read { db in try Outbox.unsent(limit: 20, in: db) }
        #expect(unsent.map(\.eventID) == ["relay-test:5"])

        // The retry starts again at the oldest unsent row and fails on it alone; nothing is sent twice.
        await #expect(throws: KafkaError.self) { try await relay.pump(with: &producer, window: &window) }
        let published = try await fixture.read(.complaintsRegistered, atLeast: 9)
        #expect(published.compactMap { $0.header("ce_id") }.sorted()
            == (1...10).filter { $0 != 5 }.map { "relay-test:\($0)" }.sorted())
        await producer.close()
    }

    /// With nothing refused, one pump settles the oldest batch and keeps the next ones in flight; pumping on
    /// settles them in order and leaves the outbox empty.
    @Test func batchesInFlightAreSettledOldestFirst() async throws {
        let fixture = try RuntimeFixture()
        let database = try fixture.database()
        try database.write { db in for index in 1...8 { try Outbox.append(entry(index), in: db) } }
        let relay = relay(fixture, database, batchSize: 3)
        var producer = try KafkaProducer(configuration: ProducerConfiguration(client: fixture.kafka), logger: runtimeLogger)
        var window = SendWindow()
        #expect(try await relay.pump(with: &producer, window: &window) == 3)
        #expect(!window.isEmpty)
        #expect(try database.read { db in try Outbox.unsent(limit: 20, in: db) }.map(\.eventID)
            == (4...8).map { "relay-test:\($0)" })
        #expect(try await relay.pump(with: &producer, window: &window) == 3)
        #expect(try await relay.pump(with: &producer, window: &window) == 2)
        #expect(try await relay.pump(with: &producer, window: &window) == 0)
        #expect(try database.read { db in try Outbox.backlog(in: db) } == 0)
        #expect(try await fixture.read(.complaintsRegistered, atLeast: 8).count == 8)
        await producer.close()
    }
}
