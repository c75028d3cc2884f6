import Contracts
import Foundation
import GRDB
import ServiceStore
import TicketClassification

/// Earlier tickets written straight into the register, for a bureau that starts the intake with its customers'
/// history from the old system (and for the benchmark's history): repeat demands then match against them.
public enum HistoryImport {
    /// An earlier ticket and where it stands.
    public struct Record: Sendable {
        public var ticket: TicketSubmitted
        public var progress: EarlierTicket.Progress
        public var malicious: Bool

        public init(ticket: TicketSubmitted, progress: EarlierTicket.Progress, malicious: Bool = false) {
            self.ticket = ticket
            self.progress = progress
            self.malicious = malicious
        }
    }

    /// Writes `records` in one transaction; a ticket number already in the register fails the whole import.
    public static func load(_ records: [Record], into database: ServiceDatabase, rules: IntakeRules) throws {
        let repeats = RepeatDemandRules(sameEvent: rules.sameEvent)
        try database.write { db in
            for record in records {
                let ticket = record.ticket
                try TicketRegister.insert(.init(
                    ticketNo: ticket.ticketNo, contentHash: ContentHash.of(ticket),
                    account: ticket.customer.account.flatMap(AccountNumber.init),
                    phone: ticket.customer.phone.flatMap(PhoneNumber.init), type: ticket.type,
                    category: ticket.category, area: ticket.area, receivedAt: ticket.receivedAt,
                    registeredAt: ticket.receivedAt, words: repeats.words(TextNormalizer.scalars(ticket.text))), in: db)
                switch record.progress {
                case .open: break
                case .overdue: try TicketRegister.markOverdue(ticket.ticketNo, in: db)
                case .finished:
                    try TicketRegister.markFinished(ticket.ticketNo, at: ticket.receivedAt, malicious: record.malicious, in: db)
                }
            }
        }
    }
}
