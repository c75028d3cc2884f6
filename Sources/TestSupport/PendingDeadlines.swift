import Foundation
import ServiceStore

/// Deadlines far from due, filling a benchmark's store: the load a service's deadline store carries in production.
public enum PendingDeadlines {
    /// Seconds in the 30 days the deadlines are spread over.
    static let spread = 2_592_000

    /// Schedules `count` deadlines through `DeadlineStore.schedule` (the call `context.deadlines` makes), in
    /// transactions of `transaction`: deadline `number` is keyed `key(number)` and due `number % 30 days` seconds
    /// after `from`.
    public static func schedule(
        _ count: Int, from: Date, transaction: Int = 10_000, in database: ServiceDatabase,
        key: @escaping @Sendable (Int) -> DeadlineKey
    ) throws {
        for first in stride(from: 0, to: count, by: transaction) {
            try database.write { db in
                for number in first..<min(first + transaction, count) {
                    try DeadlineStore.schedule(key(number), at: from.addingTimeInterval(Double(number % spread)), in: db)
                }
            }
        }
    }
}
