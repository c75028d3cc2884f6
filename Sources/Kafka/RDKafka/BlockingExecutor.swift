import Foundation

/// A dedicated OS thread for librdkafka calls that block (polls with timeouts, commits, metadata and admin requests),
/// bridged to async callers.
///
/// Not a dispatch queue: on Linux a serial queue runs on the same global root-queue threads as Swift's cooperative
/// pool, so a 100 ms poll there would occupy one of the pool's few threads. The thread ends when the executor is
/// released. `@unchecked Sendable`: the job list is guarded by `condition`.
final class BlockingExecutor: @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [() -> Void] = []
    private var finished = false

    init(label: String) {
        // The worker holds the executor weakly, so releasing the executor ends the thread.
        let worker = Thread { [weak self, condition] in
            while true {
                condition.lock()
                while self?.hasWork == false { condition.wait() }
                guard let self, !self.finished || !self.jobs.isEmpty else {
                    condition.unlock()
                    return
                }
                let batch = self.jobs
                self.jobs.removeAll()
                condition.unlock()
                batch.forEach { $0() }
            }
        }
        worker.name = label
        worker.start()
    }

    deinit {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Called with `condition` held.
    private var hasWork: Bool { !jobs.isEmpty || finished }

    func run<T: Sendable>(_ work: @escaping @Sendable () throws(KafkaError) -> T) async throws(KafkaError) -> T {
        let result: Result<T, KafkaError> = await withCheckedContinuation { continuation in
            condition.lock()
            jobs.append {
                do throws(KafkaError) {
                    continuation.resume(returning: .success(try work()))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
            condition.signal()
            condition.unlock()
        }
        return try result.get()
    }
}
