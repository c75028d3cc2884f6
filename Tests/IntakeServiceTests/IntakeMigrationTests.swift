import Foundation
import GRDB
import IntakeService
import ServiceKit
import ServiceStore
import Testing

/// The register's schema changes keep what an existing store holds.
struct IntakeMigrationTests {
    /// A store written with `sql` by the first `steps` migrations, then opened with all of them, as an upgraded
    /// service finds it, for `check`.
    private func upgrading(from steps: Int, writing sql: String, _ check: (ServiceDatabase) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("intake-migration-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("intake.sqlite").path
        let migrations = IntakeService.definition(configuration: shippedConfiguration).migrations
        let before = try ServiceDatabase(path: path, migrations: ServiceMigrations(Array(migrations.steps.prefix(steps))))
        try before.write { db in try db.execute(sql: sql) }
        try check(try ServiceDatabase(path: path, migrations: migrations))
    }

    /// A fresh store with every migration, the register's pruner as the runtime runs it, and a fixed now.
    private func withRegister(_ body: (ServiceDatabase, Pruning, Date) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("intake-prune-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let definition = IntakeService.definition(configuration: shippedConfiguration)
        let database = try ServiceDatabase(path: directory.appendingPathComponent("intake.sqlite").path, migrations: definition.migrations)
        let register = try #require(definition.pruning.first { $0.name == "ticket register" })
        try body(database, register, Date(timeIntervalSince1970: 1_780_000_000))
    }

    @Test func aRegisterWrittenBeforeTheRowidTableKeepsItsTicketsAndProgress() throws {
        try upgrading(from: 2, writing: """
            INSERT INTO intake_ticket (ticket_no, content_hash, account, phone, type, category, area, received_at, words, merged_into)
            VALUES ('95598-20260302-0001', 7, '0401234567', '13800001111', 'complaint', 'wrong-reading', 'JY-MC', 1772413200, '电费翻倍抄错表', NULL),
                   ('95598-20260303-0002', 8, '0401234567', NULL, 'complaint', NULL, 'JY-MC', 1772499600, '催办', '95598-20260302-0001');
            INSERT INTO intake_progress (ticket_no, overdue) VALUES ('95598-20260302-0001', 1);
            """) { after in
            let (rows, indexes, overdue) = try after.read { db in
                (try Row.fetchAll(db, sql: "SELECT rowid, ticket_no, content_hash, words, merged_into FROM intake_ticket ORDER BY rowid")
                    .map { row -> (String, Int64, String, String?) in (row["ticket_no"], row["content_hash"], row["words"], row["merged_into"]) },
                 try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'intake_ticket' AND name NOT LIKE 'sqlite_%' ORDER BY name"),
                 try Double.fetchOne(db, sql: "SELECT overdue_at FROM intake_progress WHERE ticket_no = '95598-20260302-0001'"))
            }
            #expect(rows.map(\.0) == ["95598-20260302-0001", "95598-20260303-0002"])
            #expect(rows.map(\.1) == [7, 8])
            #expect(rows.first?.2 == "电费翻倍抄错表")
            #expect(rows.last?.3 == "95598-20260302-0001")
            #expect(indexes == ["intake_ticket_account", "intake_ticket_area", "intake_ticket_phone"])
            // Overdue before the register kept when: overdue since always, as it was judged before.
            #expect(overdue == 0)
            // Ticket numbers stay unique: a resend is still caught by the register.
            #expect(throws: (any Error).self) {
                try after.write { db in
                    try db.execute(sql: """
                        INSERT INTO intake_ticket (ticket_no, content_hash, type, area, received_at, words)
                        VALUES ('95598-20260302-0001', 9, 'complaint', 'JY-MC', 1772413200, '')
                        """)
                }
            }
        }
    }

    /// R3a, R3d, R6: a register written before the progress moments, the channel and the counting facts keeps its
    /// verdicts: an overdue ticket stays overdue, a malicious one malicious from its close, every consultation out of
    /// the repeat counts (as before), and the hot-issue index holds only grounded tickets.
    @Test func aRegisterWrittenBeforeTheProgressMomentsKeepsItsVerdicts() throws {
        try upgrading(from: 3, writing: """
            INSERT INTO intake_ticket (ticket_no, content_hash, type, category, area, received_at, words)
            VALUES ('C1', 1, 'complaint', 'attitude', 'JY-MC', 1772413200, '态度恶劣'),
                   ('Q1', 2, 'consultation', NULL, 'JY-MC', 1772413300, '停电什么时候恢复');
            INSERT INTO intake_progress (ticket_no, overdue, finished_at, malicious)
            VALUES ('C1', 1, 1772500000, 1), ('Q1', 0, NULL, 0);
            """) { after in
        let (progress, counted, columns, plan) = try after.read { db in
            (try Row.fetchAll(db, sql: "SELECT ticket_no, overdue_at, finished_at, malicious_at FROM intake_progress ORDER BY ticket_no")
                .map { row -> [Double?] in [row["overdue_at"], row["finished_at"], row["malicious_at"]] },
             try Int.fetchAll(db, sql: "SELECT repeat_counted FROM intake_ticket ORDER BY ticket_no"),
             try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info('intake_progress') ORDER BY cid"),
             try String.fetchAll(db, sql: """
                EXPLAIN QUERY PLAN SELECT count(*) FROM intake_ticket WHERE area = 'JY-MC' AND category = 'attitude'
                AND received_at >= 0 AND merged_into IS NULL AND category_grounded = 1
                """, adapter: SuffixRowAdapter(fromIndex: 3)))
        }
        #expect(progress == [[0, 1_772_500_000, 1_772_500_000], [nil, nil, nil]])
        #expect(counted == [1, 0])
        #expect(columns == ["ticket_no", "finished_at", "overdue_at", "malicious_at"])
        #expect(plan.contains { $0.contains("USING COVERING INDEX intake_ticket_area") }, "\(plan)")
        }
    }

    /// The register is pruned by the runtime's pruner: tickets past its retention go with their progress, and the
    /// month that repeat demands look back on stays whole.
    @Test func pruningTheRegisterKeepsTheRepeatDemandMonth() throws {
        try withRegister { database, register, now in
            try database.write { db in
                for (number, days) in [(1, 90.0), (2, 63), (3, 40), (4, 1)] {
                    try db.execute(sql: """
                        INSERT INTO intake_ticket (ticket_no, content_hash, type, area, received_at, words)
                        VALUES (?, 1, 'complaint', 'JY-MC', ?, '')
                        """, arguments: ["T\(number)", now.addingTimeInterval(-days * 86_400).timeIntervalSince1970])
                    try db.execute(sql: "INSERT INTO intake_progress (ticket_no, overdue_at) VALUES (?, 0)", arguments: ["T\(number)"])
                }
            }
            #expect(register.days == 62)
            let cutoff = now.addingTimeInterval(-Double(register.days) * 86_400)
            #expect(try database.write { db in try register.prune(cutoff, 1, db) } == 1)
            #expect(try database.write { db in try register.prune(cutoff, 10, db) } == 1)
            let (tickets, progress) = try database.read { db in
                (try String.fetchAll(db, sql: "SELECT ticket_no FROM intake_ticket ORDER BY ticket_no"),
                 try String.fetchAll(db, sql: "SELECT ticket_no FROM intake_progress ORDER BY ticket_no"))
            }
            #expect(tickets == ["T3", "T4"])
            #expect(progress == ["T3", "T4"])
        }
    }

    /// R2: accounts the register kept with the area code's dash are stored as their digits, so a ticket naming the
    /// account without the dash finds them.
    @Test func accountsStoredWithTheDashBeforeAreStoredAsTheirDigits() throws {
        try upgrading(from: 3, writing: """
            INSERT INTO intake_ticket (ticket_no, content_hash, account, phone, type, category, area, received_at, words)
            VALUES ('95598-20260302-0001', 7, '0472-100234', '13904720001', 'complaint', 'wrong-reading', 'JY-MC', 1772413200, ''),
                   ('95598-20260302-0002', 8, '3204567890', NULL, 'complaint', 'wrong-reading', 'JY-MC', 1772413300, '')
            """) { after in
            let accounts = try after.read { db in try String.fetchAll(db, sql: "SELECT account FROM intake_ticket ORDER BY rowid") }
            #expect(accounts == [AccountNumber("0472-100234")?.normalized, "3204567890"])
        }
    }

    /// H1: a late entry (received long ago, registered now) is kept as long after its registration as any ticket,
    /// so that the hotline resending it is still recognised as a resend.
    @Test func aLateEntryIsKeptAsLongAfterItsRegistrationAsAnyTicket() throws {
        try withRegister { database, register, now in
            try database.write { db in
                for (number, receivedDaysAgo, registeredDaysAgo) in [("LATE", 90.0, 1.0), ("OLD", 90, 90)] {
                    try db.execute(sql: """
                        INSERT INTO intake_ticket (ticket_no, content_hash, type, area, received_at, registered_at, words)
                        VALUES (?, 1, 'complaint', 'JY-MC', ?, ?, '')
                        """, arguments: [number, now.addingTimeInterval(-receivedDaysAgo * 86_400).timeIntervalSince1970,
                                         now.addingTimeInterval(-registeredDaysAgo * 86_400).timeIntervalSince1970])
                }
            }
            let cutoff = now.addingTimeInterval(-Double(register.days) * 86_400)
            #expect(try database.write { db in try register.prune(cutoff, 10, db) } == 1)
            #expect(try database.read { db in try String.fetchAll(db, sql: "SELECT ticket_no FROM intake_ticket") } == ["LATE"])
        }
    }
}
