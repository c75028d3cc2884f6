import Foundation
import Kafka
import KafkaBaseline
import Logging
import TestSupport

/// The work both sides do: produce N keyed messages and wait for every report, then read back what the cluster kept.
struct Workload {
    var messages: Int
    var size: Int
    var batch: Int
    var inFlight: Int
    var partitions: Int
    var pollBatch: Int
    var prefetch: ConsumerConfiguration.Prefetch

    func measure(_ side: Side, on cluster: MockCluster, logger: Logger) async throws -> Measurement {
        let produce = side == .wrapper
            ? try await produceThroughWrapper(cluster, logger: logger) : try produceDirectly(cluster)
        // Read back what the mock cluster retained (it drops the oldest data past ~5 MB per partition).
        let admin = try KafkaAdmin(configuration: KafkaConfiguration(bootstrapServers: cluster.bootstrapServers), logger: logger)
        var retained: Int64 = 0
        for partition in 0..<partitions {
            retained += try await admin.watermarks(of: TopicPartition(topic: "bench", partition: Int32(partition))).count
        }
        let consume = side == .wrapper
            ? try await consumeThroughWrapper(cluster, count: Int(retained), logger: logger)
            : try consumeDirectly(cluster, count: Int(retained))
        return Measurement(produce: produce, consume: consume)
    }

    private func produceThroughWrapper(_ cluster: MockCluster, logger: Logger) async throws -> Rate {
        let producer = try KafkaProducer(
            configuration: ProducerConfiguration(client: KafkaConfiguration(bootstrapServers: cluster.bootstrapServers)),
            logger: logger)
        let payload = Data(repeating: UInt8(ascii: "x"), count: size)
        // Made before the clock starts, as the C side makes its keys: the benchmark times the clients, not formatting.
        let keys = (0..<1000).map { Data("customer-\($0)".utf8) }
        let clock = ContinuousClock()
        let start = clock.now
        let starts = Array(stride(from: 0, to: messages, by: batch))
        let delivered = try await withThrowingTaskGroup(of: Int.self) { group in
            var next = 0
            var delivered = 0
            func addBatch() {
                let first = starts[next]
                let last = min(first + batch, messages)
                next += 1
                group.addTask {
                    let batch = (first..<last).map { index in
                        ProducerMessage(topic: "bench", key: keys[index % 1000], value: payload)
                    }
                    return try await producer.send(batch).reduce(0) { count, result in try count + (result.get().offset >= 0 ? 1 : 0) }
                }
            }
            while next < min(inFlight, starts.count) { addBatch() }
            for try await count in group {
                delivered += count
                if next < starts.count { addBatch() }
            }
            return delivered
        }
        let seconds = (clock.now - start).seconds
        await producer.close()
        return Rate(messages: delivered, bytes: delivered * size, seconds: seconds)
    }

    private func produceDirectly(_ cluster: MockCluster) throws -> Rate {
        var result = baseline_result()
        guard baseline_produce(cluster.bootstrapServers, "bench", messages, Int32(size), &result) == 0 else {
            throw BenchError.baselineFailed("produce")
        }
        return Rate(messages: result.messages, bytes: result.bytes, seconds: result.seconds)
    }

    private func consumeThroughWrapper(_ cluster: MockCluster, count: Int, logger: Logger) async throws -> Rate {
        let consumer = try KafkaConsumer(configuration: ConsumerConfiguration(
            client: KafkaConfiguration(bootstrapServers: cluster.bootstrapServers), groupID: "bench", prefetch: prefetch),
            logger: logger)
        let clock = ContinuousClock()
        let start = clock.now
        try await consumer.assign((0..<partitions).map {
            TopicPartitionOffset(topic: "bench", partition: Int32($0), offset: LogicalOffset.beginning)
        })
        var read = 0
        var bytes = 0
        var sink: UInt8 = 0
        while read < count, clock.now - start < .seconds(120) {
            for message in try await consumer.poll(maxMessages: pollBatch, timeout: .milliseconds(100)) {
                read += 1
                bytes += message.value?.count ?? 0
                sink ^= message.value?.first ?? 0
            }
        }
        let seconds = (clock.now - start).seconds
        await consumer.close()
        guard read >= count else { throw BenchError.incomplete(read: read, expected: count + Int(sink & 0)) }
        return Rate(messages: read, bytes: bytes, seconds: seconds)
    }

    private func consumeDirectly(_ cluster: MockCluster, count: Int) throws -> Rate {
        var result = baseline_result()
        guard baseline_consume(
            cluster.bootstrapServers, "bench", Int32(partitions), count, prefetch.messages, prefetch.kilobytes, &result) == 0
        else {
            throw BenchError.baselineFailed("consume")
        }
        return Rate(messages: result.messages, bytes: result.bytes, seconds: result.seconds)
    }
}

enum BenchError: Error {
    case baselineFailed(String)
    case incomplete(read: Int, expected: Int)
}
