import Foundation
import Kafka
import TestFixtures
import Testing

@Suite("Producer under faults", .timeLimit(.minutes(2)))
struct ProducerFaultTests {
    @Test("a broker taken down and brought back while producing: every message delivered, none twice")
    func brokerOutageDeliversEverythingOnce() async throws {
        try await withCluster(topics: ["outage": 3]) { cluster in
            let producer = try KafkaProducer(configuration: producerConfiguration(cluster), logger: testLogger)
            async let sending: [DeliveryResult] = withThrowingTaskGroup(of: [DeliveryResult].self) { group in
                for start in stride(from: 0, to: 3000, by: 100) {
                    group.addTask {
                        try await Task.sleep(for: .milliseconds(start / 2))
                        return await producer.send(numberedMessages(topic: "outage", count: 100, from: start))
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
            try await Task.sleep(for: .milliseconds(400))
            try cluster.setBroker(1, up: false)
            try await Task.sleep(for: .seconds(2))
            try cluster.setBroker(1, up: true)
            let results = try await sending
            #expect(results.count == 3000)
            let failures = results.compactMap { result -> KafkaError? in
                if case .failure(let error) = result { error } else { nil }
            }
            #expect(failures.isEmpty, "failures: \(failures.prefix(3))")

            let consumer = try KafkaConsumer(configuration: consumerConfiguration(cluster, group: "outage"), logger: testLogger)
            try consumer.subscribe(to: ["outage"])
            let received = try await consume(consumer, count: 3001, within: .seconds(15))
            await consumer.close()
            await producer.close()
            let numbers = received.compactMap(number(of:))
            #expect(numbers.count == 3000, "received \(numbers.count) messages")
            #expect(Set(numbers) == Set(0..<3000))
        }
    }

    @Test("retriable produce errors are retried and the message is stored once")
    func retriableProduceErrorsAreRetried() async throws {
        try await withCluster(topics: ["retry": 1]) { cluster in
            let producer = try KafkaProducer(configuration: producerConfiguration(cluster), logger: testLogger)
            // Warm up so the injected errors hit a Produce request, not the producer-id handshake.
            try await sendAll(producer, numberedMessages(topic: "retry", count: 1))
            cluster.pushRequestErrors(.produce, [.notLeaderForPartition, .requestTimedOut, .notEnoughReplicas])
            let receipt = try await producer.send(ProducerMessage(topic: "retry", key: "k", value: Data("1".utf8)))
            #expect(receipt.offset == 1)
            let admin = try KafkaAdmin(configuration: KafkaConfiguration(bootstrapServers: cluster.bootstrapServers), logger: testLogger)
            #expect(try await admin.watermarks(of: TopicPartition(topic: "retry", partition: 0)).high == 2)
            await producer.close()
        }
    }

    @Test("a permanent produce error surfaces as a typed, non-retriable KafkaError")
    func permanentProduceErrorIsTyped() async throws {
        try await withCluster(topics: ["refused": 1]) { cluster in
            let producer = try KafkaProducer(configuration: producerConfiguration(cluster), logger: testLogger)
            try await sendAll(producer, numberedMessages(topic: "refused", count: 1))
            cluster.pushRequestErrors(.produce, [.topicAuthorizationFailed])
            do {
                _ = try await producer.send(ProducerMessage(topic: "refused", key: "k", value: Data("x".utf8)))
                Issue.record("the send should have failed")
            } catch let error as KafkaError {
                #expect(error.kind == .produce)
                #expect(error.code == .topicAuthorizationFailed)
                #expect(!error.isRetriable)
            }
            await producer.close()
        }
    }

    @Test("a fatal producer error is detected and every later send refused")
    func fatalErrorIsDetected() async throws {
        try await withCluster(topics: ["fatal": 1]) { cluster in
            let producer = try KafkaProducer(configuration: producerConfiguration(cluster), logger: testLogger)
            try await sendAll(producer, numberedMessages(topic: "fatal", count: 1))
            #expect(producer.fatalError == nil)
            producer.simulateFatalError(code: .outOfOrderSequenceNumber, reason: "test fencing")
            #expect(await eventually(timeout: .seconds(5)) { producer.fatalError != nil })
            #expect(producer.fatalError?.code == .outOfOrderSequenceNumber)
            do {
                _ = try await producer.send(ProducerMessage(topic: "fatal", key: "k", value: Data("x".utf8)))
                Issue.record("a dead producer must refuse to send")
            } catch let error as KafkaError {
                #expect(error.isFatal)
            }
            await producer.close()
        }
    }

    @Test("sending after close fails instead of hanging")
    func sendAfterCloseFails() async throws {
        try await withCluster(topics: ["closed": 1]) { cluster in
            let producer = try KafkaProducer(configuration: producerConfiguration(cluster), logger: testLogger)
            await producer.close()
            await #expect(throws: KafkaError.self) {
                _ = try await producer.send(ProducerMessage(topic: "closed", key: "k", value: Data()))
            }
        }
    }
}
