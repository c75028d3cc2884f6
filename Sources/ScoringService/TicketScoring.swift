import BusinessTime
import Contracts
import Foundation
import Units

/// The assessment rules (S2–S9, R7) as plain decisions: each event about a ticket, with the ticket as scoring knows
/// it, gives the ticket's new state, the ledger entries to write and the timers to set. No I/O.
public struct TicketScoring: Sendable {
    public let settings: ScoringSettings
    public let directory: UnitDirectory
    public let calendar: BusinessCalendar

    public init(settings: ScoringSettings, directory: UnitDirectory, calendar: BusinessCalendar) {
        self.settings = settings
        self.directory = directory
        self.calendar = calendar
    }

    /// The unit's tier in the directory.
    func tier(of unit: String) -> Tier? { directory.unit(unit)?.tier }

    /// The CSC, which finds the cause of every 95598 or 12398 complaint (S5).
    var csc: Units.Unit? { directory.units.first { $0.tier == .csc } }

    /// Whether `registration` is a complaint of a channel that counts against a station (S2, S5, S7).
    func isCountedComplaint(_ registration: ScoredTicket.Registration?) -> Bool {
        guard let registration else { return false }
        return registration.type == .complaint && settings.countedChannels.contains(registration.channel)
    }

    /// Whether `unit` may still be charged for `ticket` under a station rule (S2, S3): not when the ticket was found
    /// malicious (S4) or the unit won its appeal (R7).
    func mayCharge(_ unit: String, for ticket: ScoredTicket) -> Bool {
        !ticket.malicious && !ticket.upheldAppeals.contains(unit)
    }

    /// An entry about `ticket` whose key is the ticket, the rule, the unit and `variant`: one per decision. It is
    /// traced to the team and person an analysis named (S10).
    func entry(
        _ rule: RuleID, _ variant: String = "", unit: String, points: Double, reason: String, ticket: ScoredTicket,
        cause: ScoringCause, money: UnitScored.MoneyLinkage? = nil
    ) -> LedgerEntry {
        let trace = ticket.cscAnalysis ?? ticket.stationAnalysis
        return LedgerEntry(
            key: "\(ticket.ticketNo)/\(rule.rawValue)\(variant)/\(unit)", unit: unit, tier: tier(of: unit) ?? .station,
            rule: rule, points: points, reason: reason, ticketNo: ticket.ticketNo, events: [cause.id], at: cause.at,
            team: trace?.team, person: trace?.person, money: money)
    }
}
