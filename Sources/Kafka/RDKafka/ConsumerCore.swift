import CRdKafka
import Dispatch
import Foundation
import Logging
import Synchronization

/// The consumer's handle, its executor thread and the state the rebalance callback touches.
///
/// `@unchecked Sendable`: `pending` is touched only on the executor thread (polls and the rebalance callback
/// that runs inside them); `client` is set once in init; the rest is behind `Mutex`es.
final class ConsumerCore: RebalanceTarget, @unchecked Sendable {
    private(set) var client: RDKafkaClient!
    private let executor = BlockingExecutor(label: "kafka-consumer")
    private let handler: (any RebalanceHandler)?
    private let closed = Mutex(false)
    private let events = Mutex<[RebalanceEvent]>([])
    /// The batch being polled; the rebalance callback drops revoked partitions' messages from it.
    private var pending: [UnsafeMutablePointer<rd_kafka_message_t>] = []

    init(properties: [(String, String)], handler: (any RebalanceHandler)?, logger: Logger) throws(KafkaError) {
        self.handler = handler
        client = try RDKafkaClient(role: .consumer, properties: properties, logger: logger, rebalanceTarget: self)
        // Errors and logs are then served by the consumer poll, on our queue.
        rd_kafka_poll_set_consumer(client.handle)
    }

    var handle: OpaquePointer { client.handle }

    deinit {
        // Never closed: leave without the blocking close (the group evicts us after the session timeout) rather
        // than block whichever thread dropped the last reference.
        // `client` is nil when its creation failed in init.
        if let client = client as RDKafkaClient?, !closed.withLock({ $0 }) {
            client.logger.warning("kafka consumer released without close()")
            client.destroyFlags = Int32(RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE)
        }
    }

    var rebalanceLog: [RebalanceEvent] { events.withLock { $0 } }

    /// Runs blocking work on the consumer's queue; refuses once the consumer is closed.
    func onQueue<T: Sendable>(_ work: @escaping @Sendable (ConsumerCore) throws(KafkaError) -> T) async throws(KafkaError) -> T {
        try await executor.run { [self] () throws(KafkaError) -> T in
            guard !closed.withLock({ $0 }) else { throw .closed("consumer") }
            return try work(self)
        }
    }

    /// Takes up to `maxMessages` from librdkafka without copying them: the copy happens on the caller's thread, so
    /// payload buffers are allocated and freed there rather than handed across threads.
    func pollBatch(maxMessages: Int, timeout: Int32) throws(KafkaError) -> PolledMessages {
        pending = []
        pending.reserveCapacity(min(maxMessages, 4096))
        var wait = timeout
        while pending.count < maxMessages, let message = rd_kafka_consumer_poll(handle, wait) {
            wait = 0
            let error = message.pointee.err
            if error == RD_KAFKA_RESP_ERR_NO_ERROR {
                pending.append(message)
                continue
            }
            defer { rd_kafka_message_destroy(message) }
            if error == RD_KAFKA_RESP_ERR__FATAL {
                pending.forEach { rd_kafka_message_destroy($0) }
                pending = []
                throw client.fatalError ?? KafkaError(kind: .consume, code: .localFatal)
            }
            // Consumer errors (a transport hiccup, an unknown topic) are reported and librdkafka retries.
            client.logger.warning("consumer error", metadata: [
                "code": "\(KafkaErrorCode(error).name)",
                "detail": "\(rd_kafka_message_errstr(message).map { String(cString: $0) } ?? "")",
            ])
        }
        defer { pending = [] }
        return PolledMessages(pending)
    }

    func commit(_ offsets: [TopicPartitionOffset]?) throws(KafkaError) {
        let list = offsets.map(PartitionList.make)
        defer { if let list { rd_kafka_topic_partition_list_destroy(list) } }
        let code = rd_kafka_commit(handle, list, 0)
        // Nothing stored since the last commit is not a failure.
        guard code == RD_KAFKA_RESP_ERR_NO_ERROR || code == RD_KAFKA_RESP_ERR__NO_OFFSET else {
            throw KafkaError(kind: .consume, code: KafkaErrorCode(code), context: "commit")
        }
        if let list, let error = PartitionList.firstError(in: list, kind: .consume, operation: "commit") { throw error }
    }

    /// librdkafka's rebalance callback; runs on the executor's queue, inside `rd_kafka_consumer_poll` or the close.
    func rebalance(handle: OpaquePointer, code: rd_kafka_resp_err_t, partitions: PartitionList.Pointer?) {
        let cooperative = String(cString: rd_kafka_rebalance_protocol(handle)) == "COOPERATIVE"
        let changed = PartitionList.entries(partitions).map(\.topicPartition)
        switch code {
        case RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS:
            if let handler, let partitions {
                let starts = handler.partitionsAssigned(changed)
                for index in 0..<Int(partitions.pointee.cnt) {
                    let element = partitions.pointee.elems[index]
                    let key = TopicPartition(topic: String(cString: element.topic), partition: element.partition)
                    if let start = starts[key] { partitions.pointee.elems[index].offset = start }
                }
            }
            report(cooperative
                ? rd_kafka_incremental_assign(handle, partitions).map { KafkaError(kind: .consume, consuming: $0) }
                : failure(rd_kafka_assign(handle, partitions), "assign"))
            events.withLock { $0.append(.assigned(changed.sorted())) }
        case RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS:
            let lost = rd_kafka_assignment_lost(handle) != 0
            let revoked = Set(changed)
            pending.removeAll { message in
                let partition = TopicPartition(
                    topic: String(cString: rd_kafka_topic_name(message.pointee.rkt)), partition: message.pointee.partition)
                guard revoked.contains(partition) else { return false }
                rd_kafka_message_destroy(message)
                return true
            }
            handler?.partitionsRevoked(changed, lost: lost)
            if !lost {
                do { try commit(nil) } catch {
                    client.logger.warning("commit on revoke failed", metadata: ["error": "\(error)"])
                }
            }
            report(cooperative
                ? rd_kafka_incremental_unassign(handle, partitions).map { KafkaError(kind: .consume, consuming: $0) }
                : failure(rd_kafka_assign(handle, nil), "unassign"))
            events.withLock { $0.append(.revoked(changed.sorted(), lost: lost)) }
        default:
            client.logger.error("rebalance failed", metadata: ["code": "\(KafkaErrorCode(code).name)"])
            _ = rd_kafka_assign(handle, nil)
        }
    }

    private func failure(_ code: rd_kafka_resp_err_t, _ operation: String) -> KafkaError? {
        code == RD_KAFKA_RESP_ERR_NO_ERROR ? nil : KafkaError(kind: .consume, code: KafkaErrorCode(code), context: operation)
    }

    private func report(_ error: KafkaError?) {
        guard let error else { return }
        client.logger.error("rebalance failed", metadata: ["error": "\(error)"])
    }

    func close() async {
        try? await onQueue { core throws(KafkaError) in
            // Serves the final revocation (and its commit) through our callback before returning.
            let code = rd_kafka_consumer_close(core.handle)
            core.closed.withLock { $0 = true }
            if code != RD_KAFKA_RESP_ERR_NO_ERROR {
                core.client.logger.warning("consumer close", metadata: ["code": "\(KafkaErrorCode(code).name)"])
            }
        }
    }
}

/// Asks the partition leader for the low and high watermarks (blocking: call on a dedicated queue or thread).
func queryWatermarks(_ handle: OpaquePointer, _ partition: TopicPartition, timeout: Duration) throws(KafkaError) -> Watermarks {
    var low: Int64 = 0
    var high: Int64 = 0
    let code = rd_kafka_query_watermark_offsets(
        handle, partition.topic, partition.partition, &low, &high, timeout.timeoutMilliseconds)
    guard code == RD_KAFKA_RESP_ERR_NO_ERROR else {
        throw KafkaError(kind: .admin, code: KafkaErrorCode(code), context: "watermarks of \(partition)")
    }
    return Watermarks(low: low, high: high)
}
