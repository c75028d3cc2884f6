import Contracts
import Foundation

/// The intake's tunable rules, read from `services/intake/rules.json` so a bureau changes them without a build:
/// validation limits, how "same event" is judged (R1), when an area's complaints count as a hot issue (R6), and who
/// owns a ticket that no unit accepted directly (P1).
public struct IntakeRules: Sendable, Decodable, Equatable {
    /// The longest customer text accepted, in characters.
    public var maximumTextLength: Int
    /// How far `receivedAt` may be ahead of the service's clock (the hotline's clock may run a little fast).
    public var receivedAtLeewayMinutes: Int
    /// How old `receivedAt` may be: the hotline topic's retention, so a replayed backlog still registers.
    public var receivedAtMaximumAgeDays: Int
    public var sameEvent: SameEventRules
    public var hotIssue: HotIssueRules
    /// The first owner when `acceptedBy` is missing: the 95598 centre that took the call (P1).
    public var hotlineOwner: Owner
    /// Days a registered ticket is kept; nil: `defaultRegisterRetentionDays`. At least
    /// `minimumRegisterRetentionDays`, so pruning never changes a repeat-demand verdict or lets a resend through.
    public var registerRetentionDays: Int?

    public static let defaultRegisterRetentionDays = 62
    /// One month of repeat-demand window (at most 31 days) plus a day, and longer than `hotline.tickets` keeps a
    /// resend (30 days).
    public static let minimumRegisterRetentionDays = 32

    /// The register's retention in force.
    public var registerRetention: Int { registerRetentionDays ?? Self.defaultRegisterRetentionDays }

    /// How two tickets of one customer are judged to be about the same event.
    public struct SameEventRules: Sendable, Decodable, Equatable {
        /// Least text similarity (0–1) between two tickets of the same category.
        public var minimumSimilarityWithinCategory: Double
        /// Least text similarity between two tickets when either has no category (opinions): the words alone decide.
        public var minimumSimilarityWithoutCategory: Double
        /// Phrases the agents write on every ticket (客户来电反映, 要求核实); removed before texts are compared, so
        /// only the customer's own matter counts.
        public var boilerplate: [String]
        /// Words that show a new call is a new demand about a finished ticket's result (R3b): compensation, the
        /// handling result, the way it was handled.
        public var resultDemandCues: [String]
        /// Words that make a consultation one about account numbers, consumption, bills or procedures (户号, 电费,
        /// 手续 …), which is never counted (R3d): a customer asks again for another address or month, or forgot.
        public var routineConsultationCues: [String]
    }

    /// Many complaints of one category in one area within a short time are a hot issue (热点问题, R6).
    public struct HotIssueRules: Sendable, Decodable, Equatable {
        public var windowHours: Int
        /// Tickets (this one included) that make the issue hot.
        public var threshold: Int
    }
}
