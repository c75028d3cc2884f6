import Contracts
import Foundation
import GRDB
import HandlingLadder

/// A ticket as routing keeps it between messages: where it is and has been, who has it, and the step it is on.
struct RoutingRecord: Sendable, Equatable {
    var ticket: RoutedTicket
    /// The person the current placement went to.
    var person: String?
    /// The step the current placement started, and when it is due (repeated on an urge).
    var deadline: ComplaintAssigned.Deadline
    var closed: Bool

    static func find(_ ticketNo: String, in db: Database) throws -> RoutingRecord? {
        guard let row = try Row.fetchOne(
            db, sql: """
                SELECT owner_unit, owner_person, history, person, step, due_at, closed_at FROM routing_ticket
                WHERE ticket_no = ?
                """,
            arguments: [ticketNo])
        else { return nil }
        let history = try JSONDecoder().decode([Placement].self, from: Data((row[2] as String).utf8))
        return RoutingRecord(
            ticket: RoutedTicket(ticketNo: ticketNo, owner: Owner(unit: row[0], person: row[1]), history: history),
            person: row[3], deadline: .init(step: row[4], dueAt: Date(timeIntervalSince1970: row[5])),
            closed: (row[6] as Double?) != nil)
    }

    func save(in db: Database) throws {
        let history = String(decoding: try Self.encoder.encode(ticket.history), as: UTF8.self)
        try db.execute(
            sql: """
                INSERT INTO routing_ticket (ticket_no, owner_unit, owner_person, history, person, step, due_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(ticket_no) DO UPDATE SET history = excluded.history, person = excluded.person,
                    step = excluded.step, due_at = excluded.due_at
                """,
            arguments: [ticket.ticketNo, ticket.owner.unit, ticket.owner.person, history, person, deadline.step,
                        deadline.dueAt.timeIntervalSince1970])
    }

    static func close(_ ticketNo: String, at time: Date, in db: Database) throws {
        try db.execute(sql: "UPDATE routing_ticket SET closed_at = ? WHERE ticket_no = ? AND closed_at IS NULL",
                       arguments: [time.timeIntervalSince1970, ticketNo])
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }()
}

/// How many open tickets each person holds (issue 12 item 5): one more when a ticket reaches them, one fewer when
/// it leaves them (transferred, escalated, closed).
enum PersonLoad {
    static func openTickets(of people: [String], in db: Database) throws -> [String: Int] {
        guard !people.isEmpty else { return [:] }
        var load: [String: Int] = [:]
        let marks = Array(repeating: "?", count: people.count).joined(separator: ",")
        for row in try Row.fetchAll(
            db, sql: "SELECT person, open_tickets FROM routing_load WHERE person IN (\(marks))",
            arguments: StatementArguments(people))
        {
            load[row[0]] = row[1]
        }
        return load
    }

    static func add(_ change: Int, to person: String, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO routing_load (person, open_tickets) VALUES (?, max(?, 0))
                ON CONFLICT(person) DO UPDATE SET open_tickets = max(open_tickets + ?, 0)
                """,
            arguments: [person, change, change])
    }
}
