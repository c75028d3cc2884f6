import GRDB
import Kafka

/// The next offset to read per partition, stored in the transaction that applied the messages before it.
public enum ConsumedOffsets {
    /// Moves each partition's next offset forward (never back: a redelivered older batch must not rewind it).
    public static func advance(_ offsets: [TopicPartitionOffset], in db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO runtime_consumed_offsets (topic, partition, next_offset) VALUES (?, ?, ?)
            ON CONFLICT(topic, partition) DO UPDATE SET next_offset = max(next_offset, excluded.next_offset)
            """)
        for entry in offsets {
            try statement.execute(arguments: [entry.topicPartition.topic, entry.topicPartition.partition, entry.offset])
        }
    }

    /// Every stored next offset, for resuming on assignment.
    public static func all(in db: Database) throws -> [TopicPartition: Int64] {
        var result: [TopicPartition: Int64] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT topic, partition, next_offset FROM runtime_consumed_offsets") {
            result[TopicPartition(topic: row["topic"], partition: row["partition"])] = row["next_offset"]
        }
        return result
    }
}
