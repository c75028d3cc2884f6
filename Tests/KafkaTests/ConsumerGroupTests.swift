import Foundation
import Kafka
import Synchronization
import Testing

@Suite("Consumer groups, rebalances and committed offsets", .timeLimit(.minutes(2)))
struct ConsumerGroupTests {
    /// Offsets live in the application's store, as the architecture prescribes: a commit inside a revocation can be
    /// refused while the group rebalances (the mock coordinator does), so Kafka's committed offsets alone cannot
    /// promise "nothing twice"; the start offsets the rebalance handler supplies can.
    @Test("two members split the partitions and a rebalance loses and duplicates nothing")
    func rebalanceLosesAndDuplicatesNothing() async throws {
        try await withCluster(topics: ["split": 6]) { cluster in
            let producer = try KafkaProducer(configuration: producerConfiguration(cluster), logger: testLogger)
            try await sendAll(producer, numberedMessages(topic: "split", count: 1500, keys: 60))

            let store = AppliedOffsets()
            let first = try KafkaConsumer(
                configuration: consumerConfiguration(cluster, group: "split"), rebalanceHandler: store, logger: testLogger)
            try first.subscribe(to: ["split"])
            var firstReceived: [ConsumerMessage] = []
            while firstReceived.count < 300 { firstReceived += try await pollAndStore(first, into: store) }
            #expect(try first.assignment().count == 6)

            // The second member joins while the first keeps consuming; once they share the partitions, more arrive.
            let second = try KafkaConsumer(
                configuration: consumerConfiguration(cluster, group: "split"), rebalanceHandler: store, logger: testLogger)
            try second.subscribe(to: ["split"])
            var firstMore: [ConsumerMessage] = []
            var secondReceived: [ConsumerMessage] = []
            let clock = ContinuousClock()
            let deadline = clock.now + .seconds(60)
            while try second.assignment().isEmpty || first.assignment().count + second.assignment().count != 6, clock.now < deadline {
                firstMore += try await pollAndStore(first, into: store)
                secondReceived += try await pollAndStore(second, into: store)
            }
            try await sendAll(producer, numberedMessages(topic: "split", count: 1500, from: 1500, keys: 60))
            var quietRounds = 0
            while quietRounds < 10 {
                let (a, b) = (try await pollAndStore(first, into: store), try await pollAndStore(second, into: store))
                firstMore += a
                secondReceived += b
                quietRounds = a.isEmpty && b.isEmpty ? quietRounds + 1 : 0
            }

            let firstPartitions = Set(try first.assignment())
            let secondPartitions = Set(try second.assignment())
            await first.close()
            await second.close()
            await producer.close()

            let all = (firstReceived + firstMore + secondReceived).compactMap(number(of:))
            #expect(all.count == 3000, "every message once: \(all.count) received; \(first.rebalances + second.rebalances)")
            #expect(Set(all) == Set(0..<3000))
            #expect(!secondReceived.isEmpty)
            #expect(firstPartitions.isDisjoint(with: secondPartitions))
            #expect(firstPartitions.union(secondPartitions).count == 6)
            #expect(first.rebalances.contains { if case .revoked = $0 { true } else { false } })
        }
    }

    @Test("a member restarted after committing resumes exactly after its last committed offset")
    func restartResumesAfterCommittedOffset() async throws {
        try await withCluster(topics: ["resume": 3]) { cluster in
            let producer = try KafkaProducer(configuration: producerConfiguration(cluster), logger: testLogger)
            try await sendAll(producer, numberedMessages(topic: "resume", count: 300))

            let before = try KafkaConsumer(configuration: consumerConfiguration(cluster, group: "resume"), logger: testLogger)
            try before.subscribe(to: ["resume"])
            var batch: [ConsumerMessage] = []
            while batch.count < 100 { batch += try await before.poll(maxMessages: 100 - batch.count) }
            // Apply only the first 100 polled messages; anything fetched beyond them must come again.
            let applied = Array(batch.prefix(100))
            let committed = latestOffsets(of: applied)
            try await before.commit(committed)
            await before.close()

            let after = try KafkaConsumer(configuration: consumerConfiguration(cluster, group: "resume"), logger: testLogger)
            try after.subscribe(to: ["resume"])
            let rest = try await consume(after, count: 200)
            await after.close()
            await producer.close()

            #expect(rest.count == 200)
            #expect(Set((applied + rest).compactMap(number(of:))) == Set(0..<300))
            for offset in committed {
                let firstAfter = rest.filter { $0.topicPartition == offset.topicPartition }.map(\.offset).min()
                #expect(firstAfter == nil || firstAfter == offset.offset, "\(offset.topicPartition) resumed at \(String(describing: firstAfter))")
            }
        }
    }

    @Test("start offsets supplied on assignment are where consumption begins")
    func assignmentStartsAtHandlerOffsets() async throws {
        try await withCluster(topics: ["stored": 2]) { cluster in
            let producer = try KafkaProducer(configuration: producerConfiguration(cluster), logger: testLogger)
            let receipts = try await sendAll(producer, numberedMessages(topic: "stored", count: 100))
            // What a service's own database would say it has already applied.
            let startAt: [TopicPartition: Int64] = [
                TopicPartition(topic: "stored", partition: 0): 10, TopicPartition(topic: "stored", partition: 1): 25,
            ]
            let handler = FixedStartOffsets(offsets: startAt)
            let consumer = try KafkaConsumer(
                configuration: consumerConfiguration(cluster, group: "stored"), rebalanceHandler: handler, logger: testLogger)
            try consumer.subscribe(to: ["stored"])
            let expected = receipts.filter { $0.offset >= startAt[TopicPartition(topic: "stored", partition: $0.partition)]! }
            let received = try await consume(consumer, count: expected.count)
            await consumer.close()
            await producer.close()

            #expect(received.count == expected.count)
            for (partition, start) in startAt {
                #expect(received.filter { $0.topicPartition == partition }.map(\.offset).min() == start)
            }
            #expect(handler.assignedPartitions == Set(startAt.keys))
        }
    }

    /// One poll whose messages count as applied: their offsets go to the application's store, then are stored and
    /// committed to Kafka as a mirror (which may be refused mid-rebalance).
    private func pollAndStore(_ consumer: KafkaConsumer, into applied: AppliedOffsets) async throws -> [ConsumerMessage] {
        let batch = try await consumer.poll(maxMessages: 200, timeout: .milliseconds(100))
        guard !batch.isEmpty else { return batch }
        applied.record(latestOffsets(of: batch))
        try consumer.store(latestOffsets(of: batch))
        do {
            try await consumer.commit()
        } catch where error.isRetriable {
            // Refused mid-rebalance; the stored offsets go with the commit on revocation or the next one.
        }
        return batch
    }
}

/// The application's own record of applied offsets (a service keeps it in SQLite), shared here by both members.
private final class AppliedOffsets: RebalanceHandler {
    private let offsets = Mutex<[TopicPartition: Int64]>([:])

    func record(_ applied: [TopicPartitionOffset]) {
        offsets.withLock { for item in applied { $0[item.topicPartition] = item.offset } }
    }

    func partitionsAssigned(_ partitions: [TopicPartition]) -> [TopicPartition: Int64] {
        offsets.withLock { $0.filter { partitions.contains($0.key) } }
    }

    func partitionsRevoked(_ partitions: [TopicPartition], lost: Bool) {}
}

/// A rebalance handler that starts partitions where a store says, and records what it was given.
private final class FixedStartOffsets: RebalanceHandler {
    let offsets: [TopicPartition: Int64]
    private let assigned = Mutex<Set<TopicPartition>>([])

    init(offsets: [TopicPartition: Int64]) { self.offsets = offsets }

    var assignedPartitions: Set<TopicPartition> { assigned.withLock { $0 } }

    func partitionsAssigned(_ partitions: [TopicPartition]) -> [TopicPartition: Int64] {
        assigned.withLock { $0.formUnion(partitions) }
        return offsets
    }

    func partitionsRevoked(_ partitions: [TopicPartition], lost: Bool) {}
}
