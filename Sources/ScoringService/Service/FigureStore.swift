import Foundation
import GRDB

/// The KPIs' figures summed per day, unit, measure and key (`scoring_figure`). A ticket's change is applied as the
/// difference between its figures before and after, so a figure is never counted twice and a won appeal (R7) takes
/// the ticket out again.
package enum FigureStore {
    static func create(in db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE scoring_figure (
                day INTEGER NOT NULL,
                unit TEXT NOT NULL,
                measure TEXT NOT NULL,
                key TEXT NOT NULL,
                count INTEGER NOT NULL,
                sum REAL NOT NULL,
                PRIMARY KEY (measure, day, unit, key)
            ) WITHOUT ROWID
            """)
    }

    /// Adds what changed between `before` and `after`.
    static func apply(from before: [FigureKey: FigureValue], to after: [FigureKey: FigureValue], in db: Database) throws {
        guard before != after else { return }
        for key in Set(before.keys).union(after.keys).sorted() {
            let old = before[key] ?? FigureValue(count: 0)
            let new = after[key] ?? FigureValue(count: 0)
            guard old != new else { continue }
            try db.cachedStatement(sql: """
                INSERT INTO scoring_figure (day, unit, measure, key, count, sum) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (measure, day, unit, key) DO UPDATE SET count = count + excluded.count, sum = sum + excluded.sum
                """
            ).execute(arguments: [key.day, key.unit, key.measure.rawValue, key.key, new.count - old.count, new.sum - old.sum])
        }
    }

    /// One summed row.
    package struct Row: Equatable, Sendable {
        var day: Int
        var unit: String
        var measure: Measure
        var key: String
        var count: Int
        var sum: Double
    }

    /// The figures of days `days` (Beijing days since 1970), every unit, the empty ones left out, but for the
    /// problems (`problems`).
    static func rows(days: Range<Int>, in db: Database) throws -> [Row] {
        try Row.fetchAll(db, sql: """
            SELECT day, unit, measure, key, count, sum FROM scoring_figure
            WHERE day >= ? AND day < ? AND count != 0 AND measure != ? ORDER BY measure, day, unit, key
            """, arguments: [days.lowerBound, days.upperBound, Measure.problem.rawValue])
    }

    /// The keys of the problems of days `days` (of `unit`, or every unit's) whose counts add up to other than 0 over
    /// the days, in order: one figure per complaint, so the sums are worked out here rather than read row by row.
    static func problems(days: Range<Int>, unit: String?, in db: Database) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT key FROM scoring_figure WHERE measure = ? AND day >= ? AND day < ? AND (? IS NULL OR unit = ?)
            GROUP BY key HAVING SUM(count) != 0 ORDER BY key
            """, arguments: [Measure.problem.rawValue, days.lowerBound, days.upperBound, unit, unit])
    }
}

extension FigureStore.Row: FetchableRecord {
    package init(row: GRDB.Row) {
        day = row[0]
        unit = row[1]
        measure = Measure(rawValue: row[2]) ?? .received
        key = row[3]
        count = row[4]
        sum = row[5]
    }
}
