import Units
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
        // Cached statements throughout: these run once or twice per message, and compiling SQL each time costs more
        // than the work.
        guard let row = try Row.fetchOne(
            db.cachedStatement(sql: """
                SELECT owner_unit, owner_person, history, person, step, due_at, closed_at FROM routing_ticket
                WHERE ticket_no = ?
                """),
            arguments: [ticketNo])
        else { return nil }
        let history = try PlacementHistory.decode(row[2])
        return RoutingRecord(
            ticket: RoutedTicket(ticketNo: ticketNo, owner: Owner(unit: row[0], person: row[1]), history: history),
            person: row[3], deadline: .init(step: row[4], dueAt: Date(timeIntervalSince1970: row[5])),
            closed: (row[6] as Double?) != nil)
    }

    /// Stores where an open ticket is now.
    func save(in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO routing_ticket (ticket_no, owner_unit, owner_person, history, person, step, due_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(ticket_no) DO UPDATE SET history = excluded.history, person = excluded.person,
                step = excluded.step, due_at = excluded.due_at
            """
        ).execute(arguments: arguments)
    }

    /// Stores a ticket routing has never placed; false, storing nothing, when it already has one by that number.
    /// A registration does not look its ticket up first: nearly every one is new.
    func insertNew(in db: Database) throws -> Bool {
        try db.cachedStatement(sql: """
            INSERT INTO routing_ticket (ticket_no, owner_unit, owner_person, history, person, step, due_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(ticket_no) DO NOTHING
            """
        ).execute(arguments: arguments)
        return db.changesCount > 0
    }

    private var arguments: StatementArguments {
        [
            ticket.ticketNo, ticket.owner.unit, ticket.owner.person, PlacementHistory.encode(ticket.history), person,
            deadline.step, deadline.dueAt.timeIntervalSince1970,
        ]
    }

    static func close(_ ticketNo: String, at time: Date, in db: Database) throws {
        try db.cachedStatement(sql: "UPDATE routing_ticket SET closed_at = ? WHERE ticket_no = ? AND closed_at IS NULL")
            .execute(arguments: [time.timeIntervalSince1970, ticketNo])
    }
}

/// A ticket's placements as one column: `unit/role` pairs, oldest first, separated by spaces. Unit ids and roles
/// never hold either character (the directory's id pattern), and this is written once per message.
enum PlacementHistory {
    static func encode(_ history: [Placement]) -> String {
        history.map { "\($0.unit)/\($0.role.rawValue)" }.joined(separator: " ")
    }

    static func decode(_ text: String) throws -> [Placement] {
        try text.split(separator: " ").map { pair in
            let parts = pair.split(separator: "/")
            guard parts.count == 2, let role = Role(rawValue: String(parts[1])) else {
                throw DatabaseError(message: "routing_ticket.history holds \(pair), not unit/role")
            }
            return Placement(unit: String(parts[0]), role: role)
        }
    }
}
