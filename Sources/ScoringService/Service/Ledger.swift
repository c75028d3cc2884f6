import CivilTime
import Contracts
import Foundation
import GRDB
import ServiceKit

/// The assessment ledger (`scoring_ledger`): every entry with its number, key, period and the unit's running total
/// for the month. Nothing is updated or deleted; a reversal is an entry of its own.
package enum Ledger {
    static func create(in db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE scoring_ledger (
                entry INTEGER PRIMARY KEY,
                key TEXT NOT NULL UNIQUE,
                at REAL NOT NULL,
                unit TEXT NOT NULL,
                tier TEXT NOT NULL,
                rule TEXT NOT NULL,
                points REAL NOT NULL,
                reason TEXT NOT NULL,
                ticket_no TEXT,
                events TEXT NOT NULL,
                period TEXT NOT NULL,
                total REAL NOT NULL,
                team TEXT,
                person TEXT,
                reverses INTEGER,
                money TEXT
            );
            CREATE INDEX scoring_ledger_unit ON scoring_ledger (unit, period, entry);
            CREATE INDEX scoring_ledger_period ON scoring_ledger (period, rule);
            """)
    }

    /// The month `YYYY-MM` of `date` in Beijing time.
    static func period(of date: Date) -> String {
        let day = BeijingTime.date(of: date)
        return String(format: "%04d-%02d", day.year, day.month)
    }

    /// Writes `entry` unless the ledger has its key, and returns what to publish; nil when it was already written.
    static func write(_ entry: LedgerEntry, in db: Database) throws -> UnitScored? {
        guard try Int.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM scoring_ledger WHERE key = ?"), arguments: [entry.key]) == nil
        else { return nil }
        let period = period(of: entry.at)
        let previous = try Double.fetchOne(
            db.cachedStatement(sql: "SELECT total FROM scoring_ledger WHERE unit = ? AND period = ? ORDER BY entry DESC LIMIT 1"),
            arguments: [entry.unit, period]) ?? 0
        let total = ((previous + entry.points) * 1000).rounded() / 1000
        let reverses = try entry.reverses.flatMap { key in
            try Int.fetchOne(db.cachedStatement(sql: "SELECT entry FROM scoring_ledger WHERE key = ?"), arguments: [key])
        }
        let money = try entry.money.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
        try db.cachedStatement(sql: """
            INSERT INTO scoring_ledger
                (key, at, unit, tier, rule, points, reason, ticket_no, events, period, total, team, person, reverses, money)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        ).execute(arguments: [
            entry.key, entry.at.timeIntervalSince1970, entry.unit, entry.tier.rawValue, entry.rule.rawValue, entry.points,
            entry.reason, entry.ticketNo, entry.events.joined(separator: "\n"), period, total, entry.team, entry.person,
            reverses, money,
        ])
        return UnitScored(
            unit: entry.unit, tier: entry.tier, ruleId: entry.rule, entry: Int(db.lastInsertedRowID), reverses: reverses,
            points: entry.points, reason: entry.reason, ticketNo: entry.ticketNo, events: entry.events, period: period,
            total: total, team: entry.team, person: entry.person, money: entry.money)
    }

    /// An entry as the ledger holds it: when it was made and what was published.
    package struct Line: Sendable, Equatable {
        var at: Date
        var scored: UnitScored
    }

    /// The entries made from `start` to `end`, in order, for one unit or all. Read by a cursor, each row straight
    /// into its line, and each money linkage decoded once per distinct text: a month's ledger can hold hundreds of
    /// thousands of entries, and the S9 ones carry few distinct linkages.
    static func lines(from start: Date, to end: Date, unit: String?, in db: Database) throws -> [Line] {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT entry, at, unit, tier, rule, points, reason, ticket_no, events, period, total, team, person, reverses, money
            FROM scoring_ledger WHERE at >= ? AND at < ? AND (? IS NULL OR unit = ?) ORDER BY entry
            """, arguments: [start.timeIntervalSince1970, end.timeIntervalSince1970, unit, unit])
        var linkages: [String: UnitScored.MoneyLinkage?] = [:]
        func money(_ text: String) -> UnitScored.MoneyLinkage? {
            if let known = linkages[text] { return known }
            let decoded = try? JSONDecoder().decode(UnitScored.MoneyLinkage.self, from: Data(text.utf8))
            linkages[text] = decoded
            return decoded
        }
        var lines: [Line] = []
        while let row = try rows.next() {
            lines.append(Line(at: Date(timeIntervalSince1970: row[1]), scored: UnitScored(
                unit: row[2], tier: Tier(rawValue: row[3]) ?? .station, ruleId: RuleID(rawValue: row[4]) ?? .s2,
                entry: row[0], reverses: row[13], points: row[5], reason: row[6], ticketNo: row[7],
                events: (row[8] as String).split(separator: "\n").map(String.init), period: row[9], total: row[10],
                team: row[11], person: row[12], money: (row[14] as String?).flatMap(money))))
        }
        return lines
    }

    /// The units with an S2 charge left standing (net of reversals) in `year`: those S8's bonus passes over.
    static func unitsCharged(rule: RuleID, year: Int, in db: Database) throws -> Set<String> {
        Set(try String.fetchAll(db, sql: """
            SELECT unit FROM scoring_ledger WHERE period LIKE ? AND (rule = ? OR reverses IN (
                SELECT entry FROM scoring_ledger WHERE rule = ? AND period LIKE ?))
            GROUP BY unit HAVING ROUND(SUM(points), 6) < 0
            """, arguments: ["\(year)-%", rule.rawValue, rule.rawValue, "\(year)-%"]))
    }
}
