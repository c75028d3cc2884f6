import Kafka
import Logging
import ServiceStore

/// Starts each assigned partition where this service's own database says it stopped, not where Kafka's commit
/// (a mirror, possibly behind) says.
struct StoredOffsets: RebalanceHandler {
    let database: ServiceDatabase
    let logger: Logger

    func partitionsAssigned(_ partitions: [TopicPartition]) -> [TopicPartition: Int64] {
        do {
            let stored = try database.read { db in try ConsumedOffsets.all(in: db) }
            let starts = stored.filter { partitions.contains($0.key) }
            logger.info("partitions assigned", metadata: [
                "partitions": "\(partitions.count)", "resumed": "\(starts.count)",
            ])
            return starts
        } catch {
            // Kafka's committed offsets are the fallback; the inbox absorbs what they replay a second time.
            logger.error("cannot read stored offsets; starting from Kafka's", metadata: ["error": "\(error)"])
            return [:]
        }
    }

    func partitionsRevoked(_ partitions: [TopicPartition], lost: Bool) {
        // Nothing is in flight: a batch is applied and committed to SQLite before the next poll, and revocations
        // only happen inside a poll.
        logger.info("partitions revoked", metadata: ["partitions": "\(partitions.count)", "lost": "\(lost)"])
    }
}
