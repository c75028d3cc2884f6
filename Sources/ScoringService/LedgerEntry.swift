import Contracts
import Foundation
import ServiceKit

/// An entry the rules decide to write in the assessment ledger. The ledger gives it its number, its period (the month
/// of `at`) and the unit's running total, and publishes it as `unit.scored`.
public struct LedgerEntry: Sendable, Equatable {
    /// Unique in the ledger: the same decision made again (a redelivered event) writes nothing.
    public var key: String
    public var unit: String
    public var tier: Tier
    public var rule: RuleID
    public var points: Double
    public var reason: String
    public var ticketNo: String?
    /// The ids of the events that caused it.
    public var events: [String]
    /// When, on the business clock: the causing event's time or the timer's due time.
    public var at: Date
    /// Whom the entry traces to (S10), where an analysis said.
    public var team: String?
    public var person: String?
    /// The key of the entry this one reverses (S4, R7).
    public var reverses: String?
    /// S9's money linkage.
    public var money: UnitScored.MoneyLinkage?

    public init(
        key: String, unit: String, tier: Tier, rule: RuleID, points: Double, reason: String, ticketNo: String?,
        events: [String], at: Date, team: String? = nil, person: String? = nil, reverses: String? = nil,
        money: UnitScored.MoneyLinkage? = nil
    ) {
        self.key = key
        self.unit = unit
        self.tier = tier
        self.rule = rule
        self.points = points
        self.reason = reason
        self.ticketNo = ticketNo
        self.events = events
        self.at = at
        self.team = team
        self.person = person
        self.reverses = reverses
        self.money = money
    }
}

/// The event or timer a decision is about: its id (a `ce_id`, or a timer's key and due time) and its time.
public struct ScoringCause: Sendable, Equatable {
    public var id: String
    public var at: Date

    public init(id: String, at: Date) {
        self.id = id
        self.at = at
    }

    /// A consumed event: its `ce_id` and `ce_time`.
    init(_ event: IncomingEvent) { self.init(id: event.attributes.id, at: event.attributes.time) }
}

/// The timers scoring keeps per ticket: the CSC's analysis window (S5) and the averted complaint's month (S7).
public enum ScoringTimer: String, Sendable, CaseIterable {
    case cscAnalysis = "csc-analysis"
    case averted
}

/// What the rules decided about one ticket: its new state, the ledger entries, and its timers.
public struct ScoringDecision: Sendable {
    public var ticket: ScoredTicket
    public private(set) var entries: [LedgerEntry] = []
    public private(set) var timers: [TicketEffect<ScoringTimer>] = []

    init(ticket: ScoredTicket) { self.ticket = ticket }

    /// Charges `entry` unless the ticket already has it, and remembers it on the ticket.
    mutating func charge(_ entry: LedgerEntry) {
        guard !ticket.charged(entry.key) else { return }
        entries.append(entry)
        ticket.charges.append(.init(key: entry.key, unit: entry.unit, tier: entry.tier, rule: entry.rule, points: entry.points))
    }

    /// Reverses every live charge that `matching` picks, with entries of `rule` (S4, R7) saying `reason`.
    mutating func reverse(
        by rule: RuleID, reason: String, cause: ScoringCause, where matching: (ScoredTicket.Charge) -> Bool
    ) {
        for index in ticket.charges.indices where !ticket.charges[index].reversed && matching(ticket.charges[index]) {
            let charge = ticket.charges[index]
            ticket.charges[index].reversed = true
            guard charge.points != 0 else { continue }
            entries.append(LedgerEntry(
                key: charge.key + "/reversed", unit: charge.unit, tier: charge.tier, rule: rule, points: -charge.points,
                reason: reason, ticketNo: ticket.ticketNo, events: [cause.id], at: cause.at, reverses: charge.key))
        }
    }

    mutating func schedule(_ timer: ScoringTimer, at time: Date) { timers.append(.schedule(timer, at: time)) }
    mutating func cancel(_ timer: ScoringTimer) { timers.append(.cancel(timer)) }
}
