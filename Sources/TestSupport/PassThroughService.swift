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
    /// A ticket with this text gets a reminder whose firing always fails, as a broken deadline handler would.
    public static let failingReminderText = "fail my reminder"

    /// The key of a ticket's reminder in the shared deadline store.
    public static func reminder(of ticketNo: String) -> DeadlineKey { DeadlineKey(subject: ticketNo, step: "reminder") }

    /// With `reminderAfter`, each ticket also schedules a deadline that far after it arrived, and a
    /// `deadline.approaching` is published when the service's clock reaches it: the runtime's timer path.
    public static func definition(name: String = "passthrough", reminderAfter: Duration? = nil) -> ServiceDefinition {
        ServiceDefinition(
            name: name, topics: [.hotlineTickets],
            migrations: ServiceMigrations([
                .init("passthrough-1") { db in
                    try db.execute(sql: "CREATE TABLE applied_ticket (ticket_no TEXT PRIMARY KEY, applications INTEGER NOT NULL)")
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

        var routes: EventRoutes {
            EventRoutes().on(TicketSubmitted.self) { ticket, _, context in try apply(ticket, in: context) }
        }

        private func apply(_ ticket: TicketSubmitted, in context: HandlerContext) throws {
            if ticket.text == PassThroughService.refusedText { throw Rejection("ticket \(ticket.ticketNo) asked to be refused") }
            try context.db.cachedStatement(sql: """
                INSERT INTO applied_ticket (ticket_no, applications) VALUES (?, 1)
                ON CONFLICT(ticket_no) DO UPDATE SET applications = applications + 1
                """
            ).execute(arguments: [ticket.ticketNo])
            try context.publish(ComplaintMerged(
                ticketNo: ticket.ticketNo, mergedTicketNo: ticket.ticketNo, channel: ticket.channel,
                receivedAt: ticket.receivedAt, reason: ticket.text == PassThroughService.invalidEventText ? "" : "pass-through",
                ruleIds: [.r3c]))
            if let reminderAfter {
                try context.deadlines.schedule(
                    PassThroughService.reminder(of: ticket.ticketNo),
                    at: context.now.addingTimeInterval(Double(reminderAfter.components.seconds)),
                    note: Data(ticket.text.utf8))
            }
        }

        func fire(_ deadline: Deadline, in context: HandlerContext) throws {
            if deadline.note == Data(PassThroughService.failingReminderText.utf8) {
                throw Rejection("the reminder of \(deadline.key.subject) asked to fail")
            }
            try context.publish(DeadlineApproaching(
                ticketNo: deadline.key.subject, step: "H4", dueAt: deadline.dueAt, tier: .station, unit: "st-machi",
                urge: 1))
        }
    }
}
