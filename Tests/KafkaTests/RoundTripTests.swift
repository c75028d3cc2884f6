import Foundation
import Kafka
import Testing

@Suite("Produce and consume through the mock cluster", .timeLimit(.minutes(1)))
struct RoundTripTests {
    @Test("every message arrives once, with its key, value and headers")
    func roundTripKeepsKeysValuesAndHeaders() async throws {
        try await withCluster(topics: ["round.trip": 4]) { cluster in
            let producer = try KafkaProducer(configuration: producerConfiguration(cluster), logger: testLogger)
            let messages = (0..<200).map { index in
                ProducerMessage(
                    topic: "round.trip", key: "95598-\(index % 7)", value: Data("payload-\(index)".utf8),
                    headers: [
                        KafkaHeader(name: "ce_id", text: "event-\(index)"),
                        KafkaHeader(name: "ce_type", text: "ticket.submitted"),
                        KafkaHeader(name: "empty", value: nil),
                    ])
            }
            let receipts = try await sendAll(producer, messages)
            #expect(receipts.count == 200)

            let consumer = try KafkaConsumer(configuration: consumerConfiguration(cluster, group: "round-trip"), logger: testLogger)
            try consumer.subscribe(to: ["round.trip"])
            let received = try await consume(consumer, count: 200)
            await consumer.close()
            await producer.close()

            #expect(received.count == 200)
            let byID = Dictionary(uniqueKeysWithValues: received.map { ($0.headers["ce_id"]!.text!, $0) })
            #expect(byID.count == 200)
            for (index, sent) in messages.enumerated() {
                let got = try #require(byID["event-\(index)"])
                #expect(got.key == sent.key)
                #expect(got.value == sent.value)
                #expect(got.headers.map(\.name) == ["ce_id", "ce_type", "empty"])
                #expect(got.headers["ce_type"]?.text == "ticket.submitted")
                #expect(got.headers["empty"]?.value == nil)
                // The receipt names where the message was stored, and that is where it was read.
                #expect(got.partition == receipts[index].partition && got.offset == receipts[index].offset)
            }
            // One key, one partition: a customer's history stays in order.
            let partitionsPerKey = Dictionary(grouping: received, by: \.key).mapValues { Set($0.map(\.partition)) }
            #expect(partitionsPerKey.values.allSatisfy { $0.count == 1 })
        }
    }

    @Test("the async sequence yields every message and ends when the consumer closes")
    func asyncSequenceEndsOnClose() async throws {
        try await withCluster(topics: ["sequence": 2]) { cluster in
            let producer = try KafkaProducer(configuration: producerConfiguration(cluster), logger: testLogger)
            try await sendAll(producer, numberedMessages(topic: "sequence", count: 50))
            let consumer = try KafkaConsumer(configuration: consumerConfiguration(cluster, group: "sequence"), logger: testLogger)
            try consumer.subscribe(to: ["sequence"])
            var numbers: [Int] = []
            for try await message in consumer.messages(batchSize: 7) {
                numbers.append(number(of: message)!)
                if numbers.count == 50 { await consumer.close() }
            }
            await producer.close()
            #expect(numbers.sorted() == Array(0..<50))
        }
    }

    @Test("watermarks and topic listing describe what was produced")
    func adminReadsWatermarksAndTopics() async throws {
        try await withCluster(topics: ["admin.a": 3, "admin.b": 1]) { cluster in
            let producer = try KafkaProducer(configuration: producerConfiguration(cluster), logger: testLogger)
            let admin = try KafkaAdmin(configuration: KafkaConfiguration(bootstrapServers: cluster.bootstrapServers), logger: testLogger)
            let messages = (0..<30).map { ProducerMessage(topic: "admin.b", key: "k\($0)", value: Data([UInt8($0)])) }
            try await sendAll(producer, messages)
            let watermarks = try await admin.watermarks(of: TopicPartition(topic: "admin.b", partition: 0))
            #expect(watermarks == Watermarks(low: 0, high: 30))
            let topics = try await admin.listTopics()
            #expect(topics.contains(TopicMetadata(name: "admin.a", partitionCount: 3)))
            #expect(topics.contains(TopicMetadata(name: "admin.b", partitionCount: 1)))
            await producer.close()
        }
    }
}
