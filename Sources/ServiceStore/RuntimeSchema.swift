import GRDB

/// The runtime's own tables, applied before any service's: the inbox, the outbox, the consumed offsets
/// and the deadlines.
enum RuntimeSchema {
    static let migrations = ServiceMigrations([
        .init("runtime-1-inbox-outbox-offsets") { db in
            // Ids of applied messages (ce_id): the deduplication that makes at-least-once delivery apply once.
            try db.execute(sql: """
                CREATE TABLE runtime_inbox (
                    message_id TEXT PRIMARY KEY NOT NULL,
                    topic TEXT NOT NULL,
                    partition INTEGER NOT NULL,
                    offset INTEGER NOT NULL,
                    applied_at REAL NOT NULL
                ) WITHOUT ROWID;
                CREATE INDEX runtime_inbox_applied_at ON runtime_inbox(applied_at);
                """)
            // Events written in the same transaction as the state change that caused them; the relay sends them.
            try db.execute(sql: """
                CREATE TABLE runtime_outbox (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    event_id TEXT NOT NULL UNIQUE,
                    topic TEXT NOT NULL,
                    key TEXT,
                    type TEXT NOT NULL,
                    headers TEXT NOT NULL,
                    value BLOB NOT NULL,
                    created_at REAL NOT NULL,
                    sent_at REAL,
                    sent_partition INTEGER,
                    sent_offset INTEGER
                );
                CREATE INDEX runtime_outbox_unsent ON runtime_outbox(id) WHERE sent_at IS NULL;
                """)
            // The next offset to read per partition: the truth consumption resumes from, Kafka's commit is a mirror.
            try db.execute(sql: """
                CREATE TABLE runtime_consumed_offsets (
                    topic TEXT NOT NULL,
                    partition INTEGER NOT NULL,
                    next_offset INTEGER NOT NULL,
                    PRIMARY KEY (topic, partition)
                ) WITHOUT ROWID;
                """)
        },
        .init("runtime-2-deadlines") { db in
            // Deadlines of every service: one per ticket and step, fired by the runtime when `next_attempt_at`
            // passes. A parked deadline (failed too often) has no next attempt and waits for an operator.
            try db.execute(sql: """
                CREATE TABLE runtime_deadline (
                    subject TEXT NOT NULL,
                    step TEXT NOT NULL,
                    due_at REAL NOT NULL,
                    next_attempt_at REAL,
                    note BLOB,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    last_error TEXT,
                    parked_at REAL,
                    PRIMARY KEY (subject, step)
                ) WITHOUT ROWID;
                CREATE INDEX runtime_deadline_next_attempt ON runtime_deadline(next_attempt_at)
                    WHERE next_attempt_at IS NOT NULL;
                """)
        },
        .init("runtime-3-outbox-payload-apart") { db in
            // An event's headers and value (a whole ticket's story can take 2-3 kB) in a table of their own, keyed
            // by the outbox row's id: marking rows sent then rewrites pages of small rows, not one page per event
            // written again to the log and copied back by the checkpoint. A row's payload goes with it.
            try db.execute(sql: """
                CREATE TABLE runtime_outbox_payload (
                    id INTEGER PRIMARY KEY,
                    headers TEXT NOT NULL,
                    value BLOB NOT NULL
                );
                INSERT INTO runtime_outbox_payload (id, headers, value) SELECT id, headers, value FROM runtime_outbox;
                ALTER TABLE runtime_outbox DROP COLUMN headers;
                ALTER TABLE runtime_outbox DROP COLUMN value;
                CREATE TRIGGER runtime_outbox_payload_goes_with_row AFTER DELETE ON runtime_outbox BEGIN
                    DELETE FROM runtime_outbox_payload WHERE id = old.id;
                END;
                """)
        },
    ])
}
