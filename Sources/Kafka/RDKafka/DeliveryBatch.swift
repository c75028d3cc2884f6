import CRdKafka
import Synchronization

/// Collects the delivery reports of one `send` call and resumes its caller when the last one has arrived.
///
/// Each message's opaque points at one of `slots`; the batch stays alive because `send` holds it until every report
/// is in. A report for a stored message takes no lock: it writes its own position (each slot is written by exactly
/// one report) and counts down; only failures and the last report take the lock. Reports run once per message, on
/// the poll thread or on a sender serving them between enqueues, sometimes on both at once.
///
/// `@unchecked Sendable`: `positions` are written once per slot before the count-down that publishes them and read
/// only after the count reached zero; everything else is atomic or behind the `Mutex`.
final class DeliveryBatch: @unchecked Sendable {
    struct Slot {
        let batch: Unmanaged<DeliveryBatch>
        let index: Int
    }

    private struct Completion {
        var failures: [Int: KafkaError] = [:]
        var isComplete = false
        var waiter: CheckedContinuation<Void, Never>?
    }

    let slots: UnsafeMutablePointer<Slot>
    private let positions: UnsafeMutablePointer<(partition: Int32, offset: Int64)>
    private let count: Int
    private let remaining: Atomic<Int>
    private let completion = Mutex(Completion())

    init(count: Int) {
        self.count = count
        remaining = Atomic(count)
        positions = .allocate(capacity: count)
        positions.initialize(repeating: (-1, -1), count: count)
        slots = .allocate(capacity: count)
        let unmanaged = Unmanaged.passUnretained(self)
        for index in 0..<count { (slots + index).initialize(to: Slot(batch: unmanaged, index: index)) }
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
        positions.deallocate()
    }

    func opaque(for index: Int) -> UnsafeMutableRawPointer { UnsafeMutableRawPointer(slots + index) }

    func recordStored(partition: Int32, offset: Int64, at index: Int) {
        positions[index] = (partition, offset)
        countDown()
    }

    func recordFailure(_ error: KafkaError, at index: Int) {
        completion.withLock { $0.failures[index] = error }
        countDown()
    }

    /// Marks messages that never reached librdkafka as failed.
    func fail(from start: Int, with error: KafkaError) {
        for index in start..<count { recordFailure(error, at: index) }
    }

    private func countDown() {
        // Releasing publishes this report's position; the last report acquires all the others'.
        guard remaining.subtract(1, ordering: .acquiringAndReleasing).newValue == 0 else { return }
        let waiter = completion.withLock { state in
            state.isComplete = true
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume()
    }

    /// Waits for every report and returns each message's result, in message order.
    func results(for messages: [ProducerMessage]) async -> [DeliveryResult] {
        await withCheckedContinuation { continuation in
            let done = completion.withLock { state in
                if state.isComplete { return true }
                state.waiter = continuation
                return false
            }
            if done { continuation.resume() }
        }
        let failures = completion.withLock { $0.failures }
        return messages.indices.map { index in
            if !failures.isEmpty, let error = failures[index] { return .failure(error) }
            let position = positions[index]
            return .success(DeliveryReceipt(topic: messages[index].topic, partition: position.partition, offset: position.offset))
        }
    }
}

/// librdkafka calls this once per message, on whichever thread serves the reports (`rd_kafka_poll`).
let deliveryReportCallback: DeliveryCallback = { _, message, _ in
    guard let message, let opaque = message.pointee._private else { return }
    let slot = opaque.assumingMemoryBound(to: DeliveryBatch.Slot.self).pointee
    let report = message.pointee
    guard report.err != RD_KAFKA_RESP_ERR_NO_ERROR else {
        // The batch is alive (its sender waits for this report); borrowing it spares a retain and release per message.
        slot.batch._withUnsafeGuaranteedRef { $0.recordStored(partition: report.partition, offset: report.offset, at: slot.index) }
        return
    }
    // NOT_PERSISTED can be retried without creating a duplicate; anything else may already be on the broker.
    let persisted = rd_kafka_message_status(message) != RD_KAFKA_MSG_STATUS_NOT_PERSISTED
    let code = KafkaErrorCode(report.err)
    slot.batch.takeUnretainedValue().recordFailure(KafkaError(
        kind: .produce, code: code, message: code.explanation,
        isFatal: report.err == RD_KAFKA_RESP_ERR__FATAL,
        isRetriable: KafkaError.transientCodes.contains(code), possiblyPersisted: persisted), at: slot.index)
}
