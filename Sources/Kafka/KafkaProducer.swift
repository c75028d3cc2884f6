import CRdKafka
import Foundation
import Logging
import Synchronization

/// Sends messages and reports, per message, whether the broker stored them.
///
/// Delivery reports are served by a dedicated thread that waits for them, so no blocking librdkafka call runs on Swift's
/// cooperative pool; a sender also serves, without waiting, the reports that arrive while it enqueues.
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
        poller = PollThread(name: "kafka-producer-poll", owner: client) { [core] in core.pollTick() }
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
            return await batch.results(for: messages)
        }
        var topics = TopicHandleCursor(core: core)
        var index = 0
        while true {
            // Messages are borrowed from the array's storage, not copied out one by one.
            index = messages.withUnsafeBufferPointer { core.enqueue($0, from: index, into: batch, topics: &topics) }
            guard index < messages.count else { break }
            // librdkafka's queue is full; it drains as reports are served. Wait without blocking a thread.
            core.serveArrivedReports()
            try? await Task.sleep(for: .milliseconds(1))
        }
        return await batch.results(for: messages)
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

    /// Senders in the middle of enqueuing, which serve reports themselves.
    private let enqueuers = Atomic<Int>(0)

    /// One turn of the poll thread. While senders enqueue they serve the reports; blocking on the queue meanwhile
    /// would only have every arriving report batch wake this thread (a futex call on the broker's thread) to take
    /// them from under the senders. So it looks in on the queue every 2 ms instead, for batches whose senders wait.
    func pollTick() {
        if enqueuers.load(ordering: .relaxed) > 0 {
            usleep(2_000)
            rd_kafka_poll(client.handle, 0)
        } else {
            rd_kafka_poll(client.handle, 50)
        }
    }

    /// Serves the delivery reports already waiting and returns at once (a zero timeout never waits for one).
    func serveArrivedReports() {
        rd_kafka_poll(client.handle, 0)
    }

    /// How many messages a sender enqueues between serving the reports that have arrived meanwhile.
    ///
    /// librdkafka frees a message when its report is served. Served by the thread that enqueued (and allocated) it,
    /// the memory goes back to that thread's allocator arena without contention; left to the poll thread, every free
    /// crossed arenas, and measured twice the C baseline's cost. Every 32 and every 256 measured alike.
    static let reportsServedEvery = 64

    /// Enqueues `messages` from `start` on, each reporting into its slot of `batch`, until all are enqueued or
    /// librdkafka's queue is full; returns the index of the first message not handed over (`messages.count` if none).
    fileprivate func enqueue(
        _ messages: UnsafeBufferPointer<ProducerMessage>, from start: Int, into batch: DeliveryBatch,
        topics: inout TopicHandleCursor
    ) -> Int {
        enqueuers.add(1, ordering: .relaxed)
        defer { enqueuers.subtract(1, ordering: .relaxed) }
        for index in start..<messages.count {
            // Read in place: a copy would retain and release the payload, whose count all senders share.
            let message = messages.baseAddress! + index
            switch enqueue(message, topic: topics.handle(for: message.pointee.topic), opaque: batch.opaque(for: index)) {
            case .enqueued:
                if (index + 1) % Self.reportsServedEvery == 0 { serveArrivedReports() }
            case .queueFull:
                return index
            case .failed(let error):
                batch.recordFailure(error, at: index)
            }
        }
        return messages.count
    }

    /// Hands one message to librdkafka, which copies every byte (`RD_KAFKA_MSG_F_COPY`) before returning.
    func enqueue(_ message: UnsafePointer<ProducerMessage>, topic: OpaquePointer?, opaque: UnsafeMutableRawPointer) -> EnqueueResult {
        guard let topic else {
            return .failed(KafkaError(kind: .produce, code: .localUnknownTopic, context: message.pointee.topic))
        }
        var headers: OpaquePointer?
        if !message.pointee.headers.isEmpty {
            headers = rd_kafka_headers_new(message.pointee.headers.count)
            for index in message.pointee.headers.indices {
                addHeader(message.pointee.headers[index], to: headers!)
            }
        }
        let error = message.pointee.key.withOptionalBytes { key in
            message.pointee.value.withOptionalBytes { value in
                // A stack buffer: this runs once per message.
                withUnsafeTemporaryAllocation(of: rd_kafka_vu_t.self, capacity: 7) { fields in
                    fields[0].vtype = RD_KAFKA_VTYPE_RKT
                    fields[0].u.rkt = topic
                    fields[1].vtype = RD_KAFKA_VTYPE_PARTITION
                    fields[1].u.i32 = message.pointee.partition ?? RD_KAFKA_PARTITION_UA
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
