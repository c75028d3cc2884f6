import CRdKafka
import Foundation
import Logging
import Synchronization

/// Sends messages and reports, per message, whether the broker stored them.
///
/// Delivery reports are served by a dedicated thread, so no librdkafka call ever blocks Swift's cooperative pool.
/// Many `send` calls may be in flight at once; each returns when all of its messages have a delivery report.
public final class KafkaProducer: Sendable {
    private let core: ProducerCore
    private let poller: PollThread

    /// Creates the client; a rejected property or combination throws with librdkafka's explanation.
    public init(configuration: ProducerConfiguration, logger: Logger) throws(KafkaError) {
        let client = try RDKafkaClient(
            role: .producer, properties: configuration.librdkafkaProperties, logger: logger,
            deliveryCallback: deliveryReportCallback)
        core = ProducerCore(client: client)
        poller = PollThread(name: "kafka-producer-poll", owner: client) { rd_kafka_poll(client.handle, 50) }
    }

    deinit { poller.stop() }

    /// Sends one message and returns where it was stored, or throws why it was not.
    public func send(_ message: ProducerMessage) async throws(KafkaError) -> DeliveryReceipt {
        try await send([message])[0].get()
    }

    /// Sends messages in order and returns each one's outcome, in the same order, once all are reported.
    public func send(_ messages: [ProducerMessage]) async -> [DeliveryResult] {
        guard !messages.isEmpty else { return [] }
        let batch = DeliveryBatch(count: messages.count)
        // Checked once per call: a producer that turns fatal mid-batch is caught by librdkafka's enqueue error.
        if let refusal = core.client.fatalError ?? (poller.isStopped ? .closed("producer") : nil) {
            batch.fail(from: 0, with: refusal)
            return zip(messages, await batch.outcomes()).map { deliveryResult($0, $1) }
        }
        var topics = TopicHandleCursor(core: core)
        var index = 0
        while index < messages.count {
            switch core.enqueue(messages[index], topic: topics.handle(for: messages[index].topic), opaque: batch.opaque(for: index)) {
            case .enqueued:
                index += 1
            case .queueFull:
                // librdkafka's queue drains as the poll thread serves reports; wait without blocking a thread.
                try? await Task.sleep(for: .milliseconds(1))
            case .failed(let error):
                batch.record(.failed(error), at: index)
                index += 1
            }
        }
        return zip(messages, await batch.outcomes()).map { deliveryResult($0, $1) }
    }

    private func deliveryResult(_ message: ProducerMessage, _ outcome: DeliveryBatch.Outcome) -> DeliveryResult {
        switch outcome {
        case .stored(let partition, let offset):
            .success(DeliveryReceipt(topic: message.topic, partition: partition, offset: offset))
        case .failed(let error):
            .failure(error)
        }
    }

    /// The error that made this producer unusable, if one did: recreate it and resend what was not stored.
    public var fatalError: KafkaError? { core.client.fatalError }

    /// Waits until every enqueued message has a delivery report, or the timeout passes.
    public func flush(timeout: Duration) async throws(KafkaError) {
        let client = core.client
        guard let code = await poller.run({ rd_kafka_flush(client.handle, timeout.timeoutMilliseconds) }) else {
            throw .closed("producer")
        }
        guard code == RD_KAFKA_RESP_ERR_NO_ERROR else {
            throw KafkaError(kind: .produce, code: KafkaErrorCode(code), context: "flush")
        }
    }

    /// Flushes, then stops the poll thread. Messages still unreported after the timeout fail their `send`.
    public func close(timeout: Duration = .seconds(30)) async {
        let client = core.client
        guard let remaining = await poller.run({ () -> Int32 in
            let handle = client.handle
            rd_kafka_flush(handle, timeout.timeoutMilliseconds)
            // Whatever did not make it gets its report now, so no `send` waits forever.
            rd_kafka_purge(handle, Int32(RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT))
            rd_kafka_poll(handle, 0)
            return rd_kafka_outq_len(handle)
        }) else { return }
        if remaining > 0 {
            core.client.logger.warning("producer closed with unreported messages", metadata: ["count": "\(remaining)"])
        }
        poller.stop()
    }

    /// Puts the client into librdkafka's fatal state, as a broker-side fencing would; for tests.
    package func simulateFatalError(code: KafkaErrorCode, reason: String) {
        _ = rd_kafka_test_fatal_error(core.client.handle, code.cValue, reason)
    }
}

/// The handle and the topic handles it produces to, destroyed in that order.
///
/// `@unchecked Sendable`: the topic cache is behind a `Mutex`; `rd_kafka_produceva` is thread-safe.
private final class ProducerCore: @unchecked Sendable {
    enum EnqueueResult {
        case enqueued
        case queueFull
        case failed(KafkaError)
    }

    let client: RDKafkaClient
    private let topics = Mutex<[String: OpaquePointer]>([:])

    init(client: RDKafkaClient) { self.client = client }

    deinit {
        topics.withLock { for handle in $0.values { rd_kafka_topic_destroy(handle) } }
    }

    func topicHandle(_ name: String) -> OpaquePointer? {
        topics.withLock { cache in
            if let handle = cache[name] { return handle }
            let handle = rd_kafka_topic_new(client.handle, name, nil)
            cache[name] = handle
            return handle
        }
    }

    /// Hands one message to librdkafka, which copies every byte (`RD_KAFKA_MSG_F_COPY`) before returning.
    func enqueue(_ message: ProducerMessage, topic: OpaquePointer?, opaque: UnsafeMutableRawPointer) -> EnqueueResult {
        guard let topic else {
            return .failed(KafkaError(kind: .produce, code: .localUnknownTopic, context: message.topic))
        }
        var headers: OpaquePointer?
        if !message.headers.isEmpty {
            headers = rd_kafka_headers_new(message.headers.count)
            for header in message.headers {
                addHeader(header, to: headers!)
            }
        }
        let error = message.key.withOptionalBytes { key in
            message.value.withOptionalBytes { value in
                // A stack buffer: this runs once per message.
                withUnsafeTemporaryAllocation(of: rd_kafka_vu_t.self, capacity: 7) { fields in
                    fields[0].vtype = RD_KAFKA_VTYPE_RKT
                    fields[0].u.rkt = topic
                    fields[1].vtype = RD_KAFKA_VTYPE_PARTITION
                    fields[1].u.i32 = message.partition ?? RD_KAFKA_PARTITION_UA
                    fields[2].vtype = RD_KAFKA_VTYPE_VALUE
                    fields[2].u.mem = .init(ptr: UnsafeMutableRawPointer(mutating: value.baseAddress), size: value.count)
                    fields[3].vtype = RD_KAFKA_VTYPE_KEY
                    fields[3].u.mem = .init(ptr: UnsafeMutableRawPointer(mutating: key.baseAddress), size: key.count)
                    fields[4].vtype = RD_KAFKA_VTYPE_OPAQUE
                    fields[4].u.ptr = opaque
                    fields[5].vtype = RD_KAFKA_VTYPE_MSGFLAGS
                    fields[5].u.i = RD_KAFKA_MSG_F_COPY
                    var count = 6
                    if let headers {
                        fields[6].vtype = RD_KAFKA_VTYPE_HEADERS
                        fields[6].u.headers = headers
                        count = 7
                    }
                    return rd_kafka_produceva(client.handle, fields.baseAddress, count)
                }
            }
        }
        guard let error else { return .enqueued }
        // On failure the headers list was not taken over.
        if let headers { rd_kafka_headers_destroy(headers) }
        if rd_kafka_error_code(error) == RD_KAFKA_RESP_ERR__QUEUE_FULL {
            rd_kafka_error_destroy(error)
            return .queueFull
        }
        return .failed(KafkaError(kind: .produce, consuming: error))
    }

    private func addHeader(_ header: KafkaHeader, to headers: OpaquePointer) {
        if let value = header.value {
            value.withUnsafeBytes { bytes in
                _ = rd_kafka_header_add(headers, header.name, -1, bytes.baseAddress, bytes.count)
            }
        } else {
            _ = rd_kafka_header_add(headers, header.name, -1, nil, 0)
        }
    }
}

/// Remembers the last topic's handle, so that a batch to one topic looks the handle up once, not per message.
private struct TopicHandleCursor {
    let core: ProducerCore
    var name: String?
    var handle: OpaquePointer?

    init(core: ProducerCore) { self.core = core }

    mutating func handle(for topic: String) -> OpaquePointer? {
        if topic != name {
            name = topic
            handle = core.topicHandle(topic)
        }
        return handle
    }
}

extension Optional where Wrapped == Data {
    /// The bytes, or an empty buffer with a nil base address for a missing value (a Kafka null).
    func withOptionalBytes<T>(_ body: (UnsafeRawBufferPointer) -> T) -> T {
        switch self {
        case .some(let data): data.withUnsafeBytes(body)
        case .none: body(UnsafeRawBufferPointer(start: nil, count: 0))
        }
    }
}
