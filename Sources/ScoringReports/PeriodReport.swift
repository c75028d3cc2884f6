import Contracts
import Foundation

/// One report of the scoring service (S10): the daily monitoring, the weekly bulletin or the monthly analysis (C4), for
/// the bureau or one unit. Plain values: the service builds it from its day-by-day aggregates and its ledger, and the
/// renderers (`ReportHTML`, `ReportCSV`, `ReportJSON`) write it.
public struct PeriodReport: Codable, Sendable, Equatable {
    /// e.g. `monthly-2026-03-bureau`.
    public var reportId: String
    public var kind: ReportKind
    /// `bureau`, or the id of the unit the report is limited to.
    public var scope: String
    /// The scope as people say it, e.g. 包头供电局九原供电分局 or 麻池供电所.
    public var scopeName: String
    /// The period, start inclusive and end exclusive, at midnight in Beijing time.
    public var periodStart: Date
    public var periodEnd: Date
    /// The S12 rates and the composite; nil where the period has nothing to divide by.
    public var kpis: KeyFigures
    public var counts: Counts
    /// Each ladder step that ended in the period: how many, how many on time, average and 90th-percentile time.
    public var steps: [StepFigure]
    /// One line per calendar day of the period, in order.
    public var days: [DayFigure]
    /// Units ranked by the 12345-style composite, best first.
    public var units: [UnitFigure]
    /// The five best and five worst of `units` (fewer when there are fewer units), by id.
    public var top: [String]
    public var bottom: [String]
    /// Ledger entries made in the period, in the order they were made.
    public var ledger: [LedgerLine]
    /// Complaints that skipped levels or were the company's fault, with the money linkage (S9).
    public var flags: [MoneyFlag]
    /// Problems that recur by area and category (seed 002), most tickets first, with the tickets behind each.
    public var commonProblems: [CommonProblem]
    /// A few sentences for the meeting (C4).
    public var summary: String

    public init(
        reportId: String, kind: ReportKind, scope: String, scopeName: String, periodStart: Date, periodEnd: Date,
        kpis: KeyFigures, counts: Counts, steps: [StepFigure], days: [DayFigure], units: [UnitFigure],
        top: [String], bottom: [String], ledger: [LedgerLine], flags: [MoneyFlag], commonProblems: [CommonProblem],
        summary: String
    ) {
        self.reportId = reportId
        self.kind = kind
        self.scope = scope
        self.scopeName = scopeName
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.kpis = kpis
        self.counts = counts
        self.steps = steps
        self.days = days
        self.units = units
        self.top = top
        self.bottom = bottom
        self.ledger = ledger
        self.flags = flags
        self.commonProblems = commonProblems
        self.summary = summary
    }
}

/// The rates of S12 (target 1) and the substantiated rate (to fall), each from 0 to 1; nil when nothing to divide by.
public struct KeyFigures: Codable, Sendable, Equatable {
    /// Closed tickets called back (or with no callback possible) over closed tickets.
    public var callbackRate: Double?
    /// Ladder steps ended on time over steps ended.
    public var onTimeReplyRate: Double?
    /// Tickets closed over tickets received.
    public var completionRate: Double?
    /// Closed tickets whose last callback was satisfied over closed tickets with a callback outcome.
    public var satisfactionRate: Double?
    /// Analyses that found the complaint true over analyses that said.
    public var substantiatedRate: Double?
    /// Repeat demands over tickets received (R1).
    public var repeatRate: Double?
    /// Closed complaints whose record passes all of S11's "four not let go" over closed complaints.
    public var fourNotLetGoRate: Double?
    /// The 12345-style composite of response, resolution and satisfaction, 0 to 100.
    public var composite: Double?

    public init(
        callbackRate: Double? = nil, onTimeReplyRate: Double? = nil, completionRate: Double? = nil,
        satisfactionRate: Double? = nil, substantiatedRate: Double? = nil, repeatRate: Double? = nil, fourNotLetGoRate: Double? = nil,
        composite: Double? = nil
    ) {
        self.callbackRate = callbackRate
        self.onTimeReplyRate = onTimeReplyRate
        self.completionRate = completionRate
        self.satisfactionRate = satisfactionRate
        self.substantiatedRate = substantiatedRate
        self.repeatRate = repeatRate
        self.fourNotLetGoRate = fourNotLetGoRate
        self.composite = composite
    }
}

/// What the period counted.
public struct Counts: Codable, Sendable, Equatable {
    public var received: Int
    public var closed: Int
    public var repeats: Int
    public var escalated: Int
    /// Complaints that skipped levels (S9): 12398 or 12345, or over the station's head.
    public var skippedLevels: Int
    /// Complaints per 10,000 customers, where the directory knows the customers.
    public var per10kCustomers: Double?
    /// By ticket type, category and level (V–I), keys as the contracts spell them.
    public var byType: [String: Int]
    public var byCategory: [String: Int]
    public var byLevel: [String: Int]
    /// Closed tickets by the causes R4 tracks: `not-first-time`, `commitment-broken`, `false-resolution`.
    public var byCause: [String: Int]

    public init(
        received: Int = 0, closed: Int = 0, repeats: Int = 0, escalated: Int = 0, skippedLevels: Int = 0,
        per10kCustomers: Double? = nil, byType: [String: Int] = [:], byCategory: [String: Int] = [:],
        byLevel: [String: Int] = [:], byCause: [String: Int] = [:]
    ) {
        self.received = received
        self.closed = closed
        self.repeats = repeats
        self.escalated = escalated
        self.skippedLevels = skippedLevels
        self.per10kCustomers = per10kCustomers
        self.byType = byType
        self.byCategory = byCategory
        self.byLevel = byLevel
        self.byCause = byCause
    }
}

/// One step of the ladder (H2–H10, C1, C3, the national bound N1) over the period.
public struct StepFigure: Codable, Sendable, Equatable {
    public var step: String
    public var ended: Int
    public var onTime: Int
    public var averageSeconds: Double?
    /// The 90th percentile, from the service's histogram (within 2 % of the true value).
    public var p90Seconds: Double?

    public init(step: String, ended: Int, onTime: Int, averageSeconds: Double?, p90Seconds: Double?) {
        self.step = step
        self.ended = ended
        self.onTime = onTime
        self.averageSeconds = averageSeconds
        self.p90Seconds = p90Seconds
    }
}

/// One calendar day, `2026-03-02`, for the trend and repeat charts.
public struct DayFigure: Codable, Sendable, Equatable {
    public var day: String
    public var received: Int
    public var closed: Int
    public var repeats: Int

    public init(day: String, received: Int, closed: Int, repeats: Int) {
        self.day = day
        self.received = received
        self.closed = closed
        self.repeats = repeats
    }
}

/// A unit's line in the ranking.
public struct UnitFigure: Codable, Sendable, Equatable {
    public var unit: String
    public var name: String
    /// station, csc, marketing, deputy, leadership.
    public var tier: String
    /// 1 for the best composite.
    public var rank: Int
    /// The ledger's points for the period.
    public var points: Double
    /// Complaints received for the unit in the period.
    public var complaints: Int
    public var per10kCustomers: Double?
    /// The composite's parts (0 to 1) and the composite (0 to 100); nil without tickets.
    public var responseRate: Double?
    public var resolutionRate: Double?
    public var satisfactionRate: Double?
    public var composite: Double?

    public init(
        unit: String, name: String, tier: String, rank: Int, points: Double, complaints: Int,
        per10kCustomers: Double? = nil, responseRate: Double? = nil, resolutionRate: Double? = nil,
        satisfactionRate: Double? = nil, composite: Double? = nil
    ) {
        self.unit = unit
        self.name = name
        self.tier = tier
        self.rank = rank
        self.points = points
        self.complaints = complaints
        self.per10kCustomers = per10kCustomers
        self.responseRate = responseRate
        self.resolutionRate = resolutionRate
        self.satisfactionRate = satisfactionRate
        self.composite = composite
    }
}

/// An entry of the assessment ledger, as a report shows it.
public struct LedgerLine: Codable, Sendable, Equatable {
    /// The entry's number in the ledger.
    public var entry: Int
    public var at: Date
    public var unit: String
    /// S2–S9 or R7.
    public var ruleId: String
    public var points: Double
    public var reason: String
    public var tickets: [String]
    /// The unit's total for the month after this entry.
    public var total: Double
    public var team: String?
    public var person: String?
    /// The entry this one reverses, if it is a reversal (S4, R7).
    public var reverses: Int?

    public init(
        entry: Int, at: Date, unit: String, ruleId: String, points: Double, reason: String, tickets: [String],
        total: Double, team: String? = nil, person: String? = nil, reverses: Int? = nil
    ) {
        self.entry = entry
        self.at = at
        self.unit = unit
        self.ruleId = ruleId
        self.points = points
        self.reason = reason
        self.tickets = tickets
        self.total = total
        self.team = team
        self.person = person
        self.reverses = reverses
    }
}

/// A complaint linked to money (S9): the amount, and the shares of the leader in charge and the professional line.
public struct MoneyFlag: Codable, Sendable, Equatable {
    public var ticketNo: String
    public var unit: String
    /// Why: `skipped-levels` or `company-fault`, and the words for people.
    public var kind: String
    public var reason: String
    public var amount: Double
    public var leaderInCharge: Double
    public var professionalLine: Double

    public init(
        ticketNo: String, unit: String, kind: String, reason: String, amount: Double, leaderInCharge: Double,
        professionalLine: Double
    ) {
        self.ticketNo = ticketNo
        self.unit = unit
        self.kind = kind
        self.reason = reason
        self.amount = amount
        self.leaderInCharge = leaderInCharge
        self.professionalLine = professionalLine
    }
}

/// A problem that recurs: one area and one category with two or more tickets in the period.
public struct CommonProblem: Codable, Sendable, Equatable {
    public var area: String
    public var category: String
    public var tickets: [String]

    public init(area: String, category: String, tickets: [String]) {
        self.area = area
        self.category = category
        self.tickets = tickets
    }
}
