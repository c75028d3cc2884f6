import GRDB
import ServiceStore

/// The intake's tables: the ticket register (with each customer's history for repeat demands) and what the other
/// services said about each ticket's progress, with when.
enum IntakeMigrations {
    static let all = ServiceMigrations([
        .init("intake-1-register") { db in
            // One row per ticket number seen: registered tickets, and calls merged into an open ticket (R3c).
            try db.execute(sql: """
                CREATE TABLE intake_ticket (
                    ticket_no TEXT PRIMARY KEY NOT NULL,
                    content_hash INTEGER NOT NULL,
                    account TEXT,
                    phone TEXT,
                    type TEXT NOT NULL,
                    category TEXT,
                    area TEXT NOT NULL,
                    received_at REAL NOT NULL,
                    words TEXT NOT NULL,
                    merged_into TEXT
                ) WITHOUT ROWID
                """)
            // Repeat checks look up one customer's month by account or by phone, never scan (R1, R2).
            try db.execute(sql: "CREATE INDEX intake_ticket_account ON intake_ticket(account, received_at) WHERE account IS NOT NULL")
            try db.execute(sql: "CREATE INDEX intake_ticket_phone ON intake_ticket(phone, received_at) WHERE phone IS NOT NULL")
            // Hot issues count one area's tickets of one category in a recent window (R6).
            try db.execute(sql: "CREATE INDEX intake_ticket_area ON intake_ticket(area, category, received_at)")
            // Kept apart from the register: escalation and callback may report on a ticket before intake has
            // registered it (they read other partitions), and the fact must not be lost.
            try db.execute(sql: """
                CREATE TABLE intake_progress (
                    ticket_no TEXT PRIMARY KEY NOT NULL,
                    overdue INTEGER NOT NULL DEFAULT 0,
                    finished_at REAL,
                    malicious INTEGER NOT NULL DEFAULT 0
                ) WITHOUT ROWID
                """)
        },
        .init("intake-2-hot-issue-count-from-index") { db in
            // With `merged_into` in the index the hot-issue count is answered from the index alone, without a visit
            // to each counted ticket's row.
            try db.execute(sql: "DROP INDEX intake_ticket_area")
            try db.execute(sql: "CREATE INDEX intake_ticket_area ON intake_ticket(area, category, received_at, merged_into)")
        },
        .init("intake-3-register-keyed-by-rowid") { db in
            // Rows carry the customer's words, too long for a table clustered on the ticket number: every insert
            // moved them around inside the tree and every secondary index repeated the number. With a rowid, new
            // tickets are appended and the indexes point at an integer.
            let columns = "ticket_no, content_hash, account, phone, type, category, area, received_at, words, merged_into"
            try db.execute(sql: """
                CREATE TABLE intake_ticket_by_rowid (
                    ticket_no TEXT NOT NULL UNIQUE,
                    content_hash INTEGER NOT NULL,
                    account TEXT,
                    phone TEXT,
                    type TEXT NOT NULL,
                    category TEXT,
                    area TEXT NOT NULL,
                    received_at REAL NOT NULL,
                    words TEXT NOT NULL,
                    merged_into TEXT
                );
                INSERT INTO intake_ticket_by_rowid (\(columns)) SELECT \(columns) FROM intake_ticket ORDER BY received_at;
                DROP TABLE intake_ticket;
                ALTER TABLE intake_ticket_by_rowid RENAME TO intake_ticket;
                CREATE INDEX intake_ticket_account ON intake_ticket(account, received_at) WHERE account IS NOT NULL;
                CREATE INDEX intake_ticket_phone ON intake_ticket(phone, received_at) WHERE phone IS NOT NULL;
                CREATE INDEX intake_ticket_area ON intake_ticket(area, category, received_at, merged_into);
                """)
        },
        .init("intake-4-accounts-normalised-and-registered-at") { db in
            // Accounts are matched by their digits alone (`AccountNumber.normalized`): `0472-100234` and `0472100234`
            // are one account. The rows written before kept the dash; without it they match the new ones (R2).
            try db.execute(sql: "UPDATE intake_ticket SET account = replace(account, '-', '') WHERE account LIKE '%-%'")
            // When intake registered the ticket, so that pruning keeps a late entry as long as any other (its resends
            // must still be recognised); NULL for the rows written before, which were never late.
            try db.execute(sql: "ALTER TABLE intake_ticket ADD COLUMN registered_at REAL")
        },
        .init("intake-5-progress-as-of-a-moment") { db in
            // Repeat demands take an earlier ticket as it stood at the new call's receivedAt (R1, R3a-c), so the
            // register keeps when it became overdue or was found malicious, not only whether. Rows written before
            // keep their verdicts: overdue "since always", malicious since the close that reported it.
            try db.execute(sql: """
                ALTER TABLE intake_progress ADD COLUMN overdue_at REAL;
                ALTER TABLE intake_progress ADD COLUMN malicious_at REAL;
                UPDATE intake_progress SET overdue_at = 0 WHERE overdue = 1;
                UPDATE intake_progress SET malicious_at = coalesce(finished_at, 0) WHERE malicious = 1;
                ALTER TABLE intake_progress DROP COLUMN overdue;
                ALTER TABLE intake_progress DROP COLUMN malicious;
                """)
        },
        .init("intake-6-channel-counting-and-grounded-category") { db in
            // The channel: a 12398 call is never merged into another channel's ticket (R3c). Whether a ticket counts
            // for repeat demands at all: consultations solved at once or about accounts, bills or procedures do not
            // (R2, R3d); before, no consultation did. Whether its category rests on the agent or on words in the
            // text: only those make a hot issue (R6), so the hot-issue index holds only them. Its last two columns
            // are constant in it, but SQLite answers the count from the index alone only when it holds them.
            try db.execute(sql: """
                ALTER TABLE intake_ticket ADD COLUMN channel TEXT;
                ALTER TABLE intake_ticket ADD COLUMN repeat_counted INTEGER NOT NULL DEFAULT 1;
                UPDATE intake_ticket SET repeat_counted = 0 WHERE type IN ('repair', 'praise', 'consultation');
                ALTER TABLE intake_ticket ADD COLUMN category_grounded INTEGER NOT NULL DEFAULT 1;
                DROP INDEX intake_ticket_area;
                CREATE INDEX intake_ticket_area ON intake_ticket(area, category, received_at, merged_into, category_grounded)
                    WHERE merged_into IS NULL AND category_grounded = 1;
                """)
        },
    ])
}
