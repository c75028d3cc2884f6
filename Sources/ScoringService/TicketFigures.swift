import CivilTime
import Contracts
import Foundation

/// One count of the KPIs: on a Beijing calendar day, for a unit, a measure and its key (a type, a category, a step).
/// The store keeps the sum of every ticket's figures, so a report adds up days instead of reading tickets.
public struct FigureKey: Hashable, Sendable, Comparable {
    /// Days since 1970-01-01 in Beijing time.
    public var day: Int
    public var unit: String
    public var measure: Measure
    public var key: String

    public static func < (lhs: FigureKey, rhs: FigureKey) -> Bool {
        (lhs.day, lhs.unit, lhs.measure.rawValue, lhs.key) < (rhs.day, rhs.unit, rhs.measure.rawValue, rhs.key)
    }
}

/// What a figure counts, for the S12 rates and the report's counts. Each is counted on the day it happened: receipt,
/// close, a step's end, an analysis.
public enum Measure: String, Sendable, CaseIterable {
    /// Tickets received, by type.
    case received
    /// Tickets received, by category.
    case category
    /// Repeat demands received (R1).
    case repeats
    /// Complaints that skipped levels (S9).
    case skipped
    /// Complaints received, for complaints per 10,000 customers.
    case complaints
    /// Tickets closed; by level; escalated above the station.
    case closed, level, escalated
    /// Closed tickets by callback: `made`, `impossible` (no way to reach the customer), `none`.
    case callback
    /// Closed tickets by the last callback's outcome.
    case satisfaction
    /// Steps ended (count and seconds), on time, and the histogram of their times (key `STEP#bucket`).
    case stepEnded = "step-ended", stepOnTime = "step-on-time", stepTime = "step-time"
    /// Closed complaints by S11's "four not let go": key `kept` when all four hold, else `missed`.
    case fourNotLetGo = "four-not-let-go"
    /// Closed tickets by the causes R4 tracks: `not-first-time` (called back more than once), `commitment-broken`,
    /// `false-resolution`.
    case cause
    /// Analyses that said whether the complaint was true: key `true` or `false`.
    case substantiated
    /// A complaint by area and category (key `area|category|ticket`), for the common problems of the month.
    case problem
}

/// A figure's value: how many, and the sum of their seconds where the measure has one.
public struct FigureValue: Equatable, Sendable {
    public var count: Int
    public var sum: Double

    public init(count: Int, sum: Double = 0) {
        self.count = count
        self.sum = sum
    }
}

extension ScoredTicket {
    /// The unit the KPIs count the ticket for: its first assignment, else its first owner.
    var countedUnit: String { unit ?? registration?.firstOwner ?? "unassigned" }

    /// Everything this ticket adds to the KPIs as it stands; none once a unit won its appeal about it (R7).
    public var figures: [FigureKey: FigureValue] {
        guard !isAppealedAway else { return [:] }
        var figures: [FigureKey: FigureValue] = [:]
        let unit = countedUnit
        func add(_ at: Date, _ measure: Measure, _ key: String = "", count: Int = 1, sum: Double = 0) {
            let figure = FigureKey(day: BeijingTime.date(of: at).daysSince1970, unit: unit, measure: measure, key: key)
            figures[figure, default: FigureValue(count: 0)].count += count
            figures[figure, default: FigureValue(count: 0)].sum += sum
        }
        if let registration {
            let at = registration.receivedAt
            add(at, .received, registration.type.rawValue)
            if let category = registration.category { add(at, .category, category.rawValue) }
            if registration.isRepeat { add(at, .repeats) }
            if registration.skippedLevels { add(at, .skipped) }
            if registration.type == .complaint {
                add(at, .complaints)
                if let category = registration.category {
                    add(at, .problem, "\(registration.area ?? "-")|\(category.rawValue)|\(ticketNo)")
                }
            }
        }
        if let closing {
            let at = closing.at
            add(at, .closed)
            add(at, .level, closing.level.rawValue)
            if closing.highestTier != .station { add(at, .escalated) }
            add(at, .callback, closing.callbacks > 0 ? "made" : closing.satisfaction == nil ? "impossible" : "none")
            if let satisfaction = closing.satisfaction { add(at, .satisfaction, satisfaction.rawValue) }
            if closing.callbacks > 1 { add(at, .cause, "not-first-time") }
            if (closing.commitmentsBroken ?? 0) > 0 { add(at, .cause, "commitment-broken") }
            if closing.falseResolutionBy != nil { add(at, .cause, "false-resolution") }
            if registration?.type == .complaint { add(at, .fourNotLetGo, closing.fourNotLetGoMissed.isEmpty ? "kept" : "missed") }
            for step in closing.steps {
                add(step.endedAt, .stepEnded, step.step, sum: Double(step.seconds))
                if step.onTime { add(step.endedAt, .stepOnTime, step.step) }
                add(step.endedAt, .stepTime, "\(step.step)#\(StepTimeHistogram.bucket(seconds: step.seconds))")
            }
        }
        if let analysis = cscAnalysis ?? stationAnalysis, let substantiated = analysis.substantiated {
            add(analysis.at, .substantiated, String(substantiated))
        }
        return figures
    }
}

/// Step times in buckets 2 % wide, so that the 90th percentile is read from counts within 2 % of the true value.
public enum StepTimeHistogram {
    static let growth = 1.02

    /// The bucket of a time in seconds.
    public static func bucket(seconds: Int) -> Int { Int((log(Double(max(seconds, 0)) + 1) / log(growth)).rounded(.down)) }

    /// The largest time in `bucket`.
    public static func upperBound(of bucket: Int) -> Double { pow(growth, Double(bucket + 1)) - 1 }

    /// The time under which `share` of the counted times fall, from bucket counts; nil without counts.
    public static func percentile(_ share: Double, of counts: [Int: Int]) -> Double? {
        let total = counts.values.reduce(0, +)
        guard total > 0 else { return nil }
        let needed = Double(total) * share
        var seen = 0
        for (bucket, count) in counts.sorted(by: { $0.key < $1.key }) {
            seen += count
            if Double(seen) >= needed { return upperBound(of: bucket) }
        }
        return counts.keys.max().map(upperBound)
    }
}
