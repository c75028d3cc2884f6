import Contracts
import Foundation
import GRDB
import ServiceKit
import ServiceStore

/// The smallest real service: each ticket is counted in its own table and answered with one `complaint.merged`.
///
/// The count makes a double application visible (a ticket counted twice), which is what the runtime's tests and the
/// pass-through benchmark need. A ticket whose text is `PassThroughService.refusedText` is refused as a business
/// rule would refuse it.
public enum PassThroughService {
    public static let refusedText = "refuse me"
    /// A ticket with this text is answered with an event that breaks its schema, as a handler bug would publish.
    public static let invalidEventText = "answer with an invalid event"

    /// With `reminderAfter`, each ticket also stores a deadline that far after it arrived, and a
    /// `deadline.approaching` is published when the service's clock reaches it: the runtime's timer path.
    public static func definition(name: String = "passthrough", reminderAfter: Duration? = nil) -> ServiceDefinition {
        ServiceDefinition(
            name: name, topics: [.hotlineTickets],
            migrations: ServiceMigrations([
                .init("passthrough-1") { db in
                    try db.execute(sql: "CREATE TABLE applied_ticket (ticket_no TEXT PRIMARY KEY, applications INTEGER NOT NULL)")
                    try db.execute(sql: "CREATE TABLE reminder (ticket_no TEXT PRIMARY KEY, due_at REAL NOT NULL)")
                    try db.execute(sql: "CREATE INDEX reminder_due ON reminder(due_at)")
                },
            ]),
            makeHandler: { _ in Handler(reminderAfter: reminderAfter) })
    }

    /// How many times each ticket was applied.
    public static func applications(in database: ServiceDatabase) throws -> [String: Int] {
        try database.read { db in
            var result: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT ticket_no, applications FROM applied_ticket") {
                result[row["ticket_no"]] = row["applications"]
            }
            return result
        }
    }

    struct Handler: EventHandler {
        let reminderAfter: Duration?

        func apply(_ event: IncomingEvent, in context: HandlerContext) throws {
            let ticket = try event.payload(as: TicketSubmitted.self)
            if ticket.text == PassThroughService.refusedText { throw Rejection("ticket \(ticket.ticketNo) asked to be refused") }
            try context.db.cachedStatement(sql: """
                INSERT INTO applied_ticket (ticket_no, applications) VALUES (?, 1)
                ON CONFLICT(ticket_no) DO UPDATE SET applications = applications + 1
                """
            ).execute(arguments: [ticket.ticketNo])
            try context.publish(ComplaintMerged(
                ticketNo: ticket.ticketNo, mergedTicketNo: ticket.ticketNo, channel: ticket.channel,
                receivedAt: ticket.receivedAt, reason: ticket.text == PassThroughService.invalidEventText ? "" : "pass-through",
                ruleIds: ["R3c"]))
            if let reminderAfter {
                let due = context.now.addingTimeInterval(Double(reminderAfter.components.seconds))
                try context.db.execute(
                    sql: "INSERT OR IGNORE INTO reminder (ticket_no, due_at) VALUES (?, ?)",
                    arguments: [ticket.ticketNo, due.timeIntervalSince1970])
            }
        }

        func nextDueTime(in db: Database) throws -> Date? {
            try Double.fetchOne(db, sql: "SELECT min(due_at) FROM reminder").map(Date.init(timeIntervalSince1970:))
        }

        func fireDue(in context: HandlerContext) throws {
            let due = try Row.fetchAll(
                context.db, sql: "SELECT ticket_no, due_at FROM reminder WHERE due_at <= ? ORDER BY due_at, ticket_no",
                arguments: [context.now.timeIntervalSince1970])
            for row in due {
                try context.publish(DeadlineApproaching(
                    ticketNo: row["ticket_no"], step: "H4",
                    dueAt: Date(timeIntervalSince1970: row["due_at"]), tier: .station, unit: "st-machi", urge: 1))
            }
            try context.db.execute(sql: "DELETE FROM reminder WHERE due_at <= ?", arguments: [context.now.timeIntervalSince1970])
        }
    }
}
