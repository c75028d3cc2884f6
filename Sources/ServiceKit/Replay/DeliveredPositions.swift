import Kafka
import Synchronization

/// How far each partition's log reaches, as the delivery reports of the replay's own producers (the scenario's
/// and every relay's) say: the replay knows where every log ends without asking the broker.
final class DeliveredPositions: Sendable {
    private let ends = Mutex<[TopicPartition: Int64]>([:])

    /// A message was stored at `receipt`: its partition reaches at least past it.
    func record(_ receipt: DeliveryReceipt) {
        let position = TopicPartition(topic: receipt.topic, partition: receipt.partition)
        ends.withLock { $0[position] = max($0[position] ?? 0, receipt.offset + 1) }
    }

    /// The partitions of `topics` that hold messages, with the offset after their last one.
    func ends(of topics: Set<String>) -> [TopicPartition: Int64] {
        ends.withLock { $0.filter { topics.contains($0.key.topic) } }
    }
}
