import Contracts
import ServiceKit

/// Every number the assessment uses (`services/scoring/scoring.json`): the points of each rule, the windows, the money
/// linkage and the composite's weights. The seeds leave room to interpret; the shipped file holds the README's readings.
public struct ScoringSettings: Sendable, Equatable, Codable {
    /// The points of each rule: negative against a unit, positive for it.
    public struct Points: Sendable, Equatable, Codable {
        /// S2: a 95598 or 12398 complaint found to be the station's responsibility.
        public var stationComplaint: Double
        /// S3: the station's analysis did not reach the CSC in time (escalation's missed E8 step).
        public var stationAnalysisMissing: Double
        /// S5: no CSC analysis finding the cause within the window.
        public var cscCauseMissing: Double
        /// S5: a CSC analysis that does not say whether the complaint was true or whom it traces to (S10).
        public var cscReportIncomplete: Double
        /// S6: a closed record lacking a required closed-loop step (S1), or a false resolution (R4).
        public var recordFinding: Double
        /// S7: a complaint a station averted.
        public var averted: Double
        /// S8: a station with no complaint charged to it in the year.
        public var annualBonus: Double
    }

    /// S9: the money linked to a complaint that skipped levels or was the company's fault, and the two shares.
    public struct Money: Sendable, Equatable, Codable {
        public var amount: Double
        /// The leader in charge's share (seed 002: 10 %).
        public var leaderInCharge: Double
        /// The professional line's share (seed 002: 30 %).
        public var professionalLine: Double
    }

    /// The 12345-style composite's weights (one county weighs response, resolution, satisfaction 30/35/35).
    public struct Composite: Sendable, Equatable, Codable {
        public var response: Double
        public var resolution: Double
        public var satisfaction: Double
    }

    /// The channels whose complaints count against a station (S2, S5, S7's averted complaint).
    public var countedChannels: [Channel]
    public var points: Points
    /// S3, S5: working days after the close for the analyses.
    public var analysisWorkingDays: Int
    /// S7: months after the close without the customer's 95598 or 12398 complaint about the same event.
    public var avertedWindowMonths: Int
    /// S7: the types of ticket a station can avert a complaint with.
    public var avertedTypes: [TicketType]
    /// S9: channels that are themselves a skipped level.
    public var skippedLevelChannels: [Channel]
    public var money: Money
    public var composite: Composite
    /// How many units the top and bottom lists name.
    public var rankingSize: Int
    /// Tickets of one area and category in a period that make a common problem (seed 002).
    public var commonProblemMinimum: Int

    /// The file's name in the scoring data folder.
    public static let fileName = "scoring.json"

    /// Everything wrong with the figures, for the error that stops the start.
    public func problems() -> [String] {
        var problems: [String] = []
        let signs: [(String, Double, Bool)] = [
            ("points.stationComplaint", points.stationComplaint, false),
            ("points.stationAnalysisMissing", points.stationAnalysisMissing, false),
            ("points.cscCauseMissing", points.cscCauseMissing, false),
            ("points.cscReportIncomplete", points.cscReportIncomplete, false),
            ("points.recordFinding", points.recordFinding, false),
            ("points.averted", points.averted, true),
            ("points.annualBonus", points.annualBonus, true),
        ]
        for (name, value, positive) in signs where positive ? !(value > 0) : !(value < 0) {
            problems.append("\(name): \(value) must be \(positive ? "above" : "below") 0")
        }
        if analysisWorkingDays < 1 { problems.append("analysisWorkingDays: \(analysisWorkingDays) must be at least 1") }
        if avertedWindowMonths < 1 { problems.append("avertedWindowMonths: \(avertedWindowMonths) must be at least 1") }
        if countedChannels.isEmpty { problems.append("countedChannels: at least one channel counts") }
        for (name, share) in [("money.leaderInCharge", money.leaderInCharge), ("money.professionalLine", money.professionalLine)]
        where !(0...1).contains(share) {
            problems.append("\(name): \(share) must be a share between 0 and 1")
        }
        if money.amount < 0 { problems.append("money.amount: \(money.amount) must not be negative") }
        let weights = [composite.response, composite.resolution, composite.satisfaction]
        if weights.contains(where: { $0 < 0 }) || weights.reduce(0, +) <= 0 {
            problems.append("composite: the weights must be non-negative and add up to more than 0")
        }
        if rankingSize < 1 { problems.append("rankingSize: \(rankingSize) must be at least 1") }
        if commonProblemMinimum < 2 { problems.append("commonProblemMinimum: \(commonProblemMinimum) must be at least 2") }
        return problems
    }

    static func load(from data: ServiceData) throws(ServiceDataError) -> ScoringSettings {
        try data.decode(ScoringSettings.self, from: fileName) { $0.problems() }
    }
}
