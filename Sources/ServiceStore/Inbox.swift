import Foundation
import GRDB
import Kafka

/// The ids of messages already applied; a message whose id is here is a redelivery and is skipped.
public enum Inbox {
    /// Records `messageID` as applied and returns true, or returns false when it was applied before.
    /// Call it inside the transaction that applies the message, so the record and the effects commit together.
    public static func admit(
        _ messageID: String, from position: TopicPartition, offset: Int64, at time: Date, in db: Database
    ) throws -> Bool {
        // Cached: this runs once per consumed message.
        try db.cachedStatement(sql: """
            INSERT INTO runtime_inbox (message_id, topic, partition, offset, applied_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(message_id) DO NOTHING
            """
        ).execute(arguments: [messageID, position.topic, position.partition, offset, time.timeIntervalSince1970])
        return db.changesCount == 1
    }

    /// Forgets up to `limit` ids applied before `cutoff` (older than the topics' retention, they cannot be
    /// redelivered); returns how many. Bounded, so the pruner never holds the writer for long.
    @discardableResult
    public static func prune(appliedBefore cutoff: Date, limit: Int = -1, in db: Database) throws -> Int {
        try db.execute(
            sql: """
                DELETE FROM runtime_inbox WHERE message_id IN
                    (SELECT message_id FROM runtime_inbox WHERE applied_at < ? LIMIT ?)
                """,
            arguments: [cutoff.timeIntervalSince1970, limit])
        return db.changesCount
    }
}
