/// A consumer's messages as an `AsyncSequence`, fetched in batches from librdkafka.
public struct ConsumerMessages: AsyncSequence, Sendable {
    public typealias Element = ConsumerMessage

    let consumer: KafkaConsumer
    let batchSize: Int
    let pollTimeout: Duration

    public struct AsyncIterator: AsyncIteratorProtocol {
        let consumer: KafkaConsumer
        let batchSize: Int
        let pollTimeout: Duration
        var buffer: [ConsumerMessage] = []
        var nextIndex = 0

        /// The next message; `nil` once the consumer is closed or the task is cancelled.
        public mutating func next() async throws -> ConsumerMessage? {
            while nextIndex == buffer.count {
                if Task.isCancelled { return nil }
                do {
                    buffer = try await consumer.poll(maxMessages: batchSize, timeout: pollTimeout)
                } catch where error.kind == .closed {
                    return nil
                }
                nextIndex = 0
            }
            defer { nextIndex += 1 }
            return buffer[nextIndex]
        }
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(consumer: consumer, batchSize: batchSize, pollTimeout: pollTimeout)
    }
}
