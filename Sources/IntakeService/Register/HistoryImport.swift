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

    /// Writes `records` in one transaction; a ticket number already in the register fails the whole import. The old
    /// system says where a ticket stands, not since when, so its progress is dated at its arrival; its category is
    /// the one it was recorded with, grounded when there is one.
    public static func load(_ records: [Record], into database: ServiceDatabase, configuration: IntakeConfiguration) throws {
        let repeats = RepeatDemandRules(sameEvent: configuration.rules.sameEvent, normalizer: configuration.normalizer)
        try database.write { db in
            for record in records {
                let ticket = record.ticket
                let normalized = configuration.normalizer.scalars(ticket.text)
                let check = RepeatDemandRules.NewTicket(
                    type: ticket.type, category: ticket.category, normalizedText: normalized, words: repeats.words(normalized),
                    receivedAt: ticket.receivedAt, channel: ticket.channel, solvedAtOnce: ticket.solvedAtOnce)
                try TicketRegister.insert(.init(
                    ticketNo: ticket.ticketNo, contentHash: ContentHash.of(ticket),
                    account: ticket.customer.account.flatMap(AccountNumber.init),
                    phone: ticket.customer.phone.flatMap(PhoneNumber.init), type: ticket.type,
                    category: ticket.category, area: ticket.area, receivedAt: ticket.receivedAt,
                    registeredAt: ticket.receivedAt, words: check.words,
                    channel: ticket.channel, countsForRepeats: repeats.countsForRepeats(check),
                    categoryGrounded: ticket.category != nil), in: db)
                let progress: [TicketRegister.Progress] = switch record.progress {
                case .open: []
                case .overdue: [.overdue]
                case .finished: [.finished]
                }
                for fact in progress + (record.malicious ? [.malicious] : []) {
                    try TicketRegister.mark(ticket.ticketNo, fact, at: ticket.receivedAt, in: db)
                }
            }
        }
    }
}
