import Foundation
import GRDB
@testable import RoutingService
import ServiceStore
import Synchronization
import TestFixtures
import Testing

/// Issue 12 item 5: the person with the fewest open tickets gets the next. Routing keeps the counts it read from
/// `routing_load` (`PersonLoads`); what it keeps must be what the store holds at every read, through messages whose
/// savepoints are undone and batches that roll back, or a ticket would go to someone who is not the least loaded.
@Suite struct PersonLoadsTests {
    private static let people = ["mc-01", "mc-02", "mc-03", "mc-04", "sh-01", "sh-02"]

    @Test func whatIsKeptIsWhatTheStoreHoldsThroughUndoneMessagesAndRolledBackBatches() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("loads-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try ServiceDatabase(path: folder.appendingPathComponent("routing.sqlite").path, migrations: RoutingMigrations.all)
        let loads = PersonLoads()
        let random = Mutex(SeededGenerator(seed: 12))
        var checked = 0
        for batch in 0..<60 {
            let rollsBack = batch % 7 == 3
            let result = Result { () throws(StoreError) in
                try database.write { db in
                    var reads = 0
                    for _ in 0..<20 {
                        let (person, change, undone, people) = random.withLock { random in
                            (Self.people[random.below(Self.people.count)], random.below(3) - 1,
                             random.below(5) == 0, Array(Self.people.shuffled(using: &random).prefix(3)))
                        }
                        #expect(try loads.openTickets(of: people, in: db) == Self.stored(people, in: db))
                        reads += 1
                        // A message: its changes kept, or undone with its savepoint when its handler fails.
                        try? db.inSavepoint {
                            do {
                                try loads.forgetting {
                                    try loads.add(change, to: person, in: db)
                                    if undone { throw HandlerFailed() }
                                }
                            } catch { return .rollback }
                            return .commit
                        }
                    }
                    if rollsBack { throw HandlerFailed() }
                    return reads
                }
            }
            if case .success(let reads) = result { checked += reads } else { #expect(rollsBack) }
            let all = try database.read { db in try Self.stored(Self.people, in: db) }
            let kept = try database.write { db in try loads.openTickets(of: Self.people, in: db) }
            #expect(kept == all, "after batch \(batch)")
        }
        #expect(checked > 900)
        // The counts moved, so the reads compared something.
        #expect(try database.read { db in try Self.stored(Self.people, in: db) }.values.contains { $0 > 0 })
    }

    private struct HandlerFailed: Error {}

    private static func stored(_ people: [String], in db: Database) throws -> [String: Int] {
        var load = Dictionary(uniqueKeysWithValues: people.map { ($0, 0) })
        for row in try Row.fetchAll(db, sql: "SELECT person, open_tickets FROM routing_load") where load[row[0]] != nil {
            load[row[0]] = row[1]
        }
        return load
    }
}
