import CRdKafka
import Synchronization

/// Collects the delivery reports of one `send` call and resumes its caller when the last one has arrived.
///
/// Each message's opaque points at one of `slots`; the batch stays alive because `send` holds it until
/// every report is in. `@unchecked Sendable`: mutable state is behind the `Mutex`; `slots` is written once in init.
final class DeliveryBatch: @unchecked Sendable {
    /// What librdkafka reported for one message: where it was stored, or why not.
    enum Outcome {
        case stored(partition: Int32, offset: Int64)
        case failed(KafkaError)
    }

    struct Slot {
        let batch: Unmanaged<DeliveryBatch>
        let index: Int
    }

    /// Positions are kept in a compact array (this runs per message) and the rare failures beside them.
    private struct State {
        var positions: [(partition: Int32, offset: Int64)]
        var failures: [Int: KafkaError] = [:]
        var remaining: Int
        var waiter: CheckedContinuation<Void, Never>?
    }

    let slots: UnsafeMutablePointer<Slot>
    private let count: Int
    private let state: Mutex<State>

    init(count: Int) {
        self.count = count
        state = Mutex(State(positions: Array(repeating: (-1, -1), count: count), remaining: count, waiter: nil))
        slots = .allocate(capacity: count)
        let unmanaged = Unmanaged.passUnretained(self)
        for index in 0..<count { (slots + index).initialize(to: Slot(batch: unmanaged, index: index)) }
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func opaque(for index: Int) -> UnsafeMutableRawPointer { UnsafeMutableRawPointer(slots + index) }

    func record(_ outcome: Outcome, at index: Int) {
        let waiter: CheckedContinuation<Void, Never>? = state.withLock { state in
            switch outcome {
            case .stored(let partition, let offset): state.positions[index] = (partition, offset)
            case .failed(let error): state.failures[index] = error
            }
            state.remaining -= 1
            guard state.remaining == 0 else { return nil }
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume()
    }

    /// Marks messages that never reached librdkafka as failed.
    func fail(from start: Int, with error: KafkaError) {
        for index in start..<count { record(.failed(error), at: index) }
    }

    /// Waits for every report and returns them in message order.
    func outcomes() async -> [Outcome] {
        await withCheckedContinuation { continuation in
            let done = state.withLock { state in
                if state.remaining == 0 { return true }
                state.waiter = continuation
                return false
            }
            if done { continuation.resume() }
        }
        return state.withLock { state in
            if state.failures.isEmpty {
                return state.positions.map { Outcome.stored(partition: $0.partition, offset: $0.offset) }
            }
            return state.positions.indices.map { index in
                state.failures[index].map(Outcome.failed)
                    ?? .stored(partition: state.positions[index].partition, offset: state.positions[index].offset)
            }
        }
    }
}

/// librdkafka calls this on the producer's poll thread, once per message.
let deliveryReportCallback: DeliveryCallback = { _, message, _ in
    guard let message, let opaque = message.pointee._private else { return }
    let slot = opaque.assumingMemoryBound(to: DeliveryBatch.Slot.self).pointee
    let report = message.pointee
    let outcome: DeliveryBatch.Outcome
    if report.err == RD_KAFKA_RESP_ERR_NO_ERROR {
        outcome = .stored(partition: report.partition, offset: report.offset)
    } else {
        // NOT_PERSISTED can be retried without creating a duplicate; anything else may already be on the broker.
        let persisted = rd_kafka_message_status(message) != RD_KAFKA_MSG_STATUS_NOT_PERSISTED
        let code = KafkaErrorCode(report.err)
        outcome = .failed(KafkaError(
            kind: .produce, code: code, message: code.explanation,
            isFatal: report.err == RD_KAFKA_RESP_ERR__FATAL,
            isRetriable: KafkaError.transientCodes.contains(code), possiblyPersisted: persisted))
    }
    slot.batch.takeUnretainedValue().record(outcome, at: slot.index)
}
