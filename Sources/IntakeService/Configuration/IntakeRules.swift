import Contracts
import Foundation

/// The intake's tunable rules, read from `services/intake/rules.json` so a bureau changes them without a build:
/// when a field is reported as a data problem, how "same event" is judged (R1), when an area's complaints count as a
/// hot issue (R6), and who owns a ticket that no unit accepted directly (P1).
public struct IntakeRules: Sendable, Decodable, Equatable {
    /// A text longer than this, in characters, is registered whole and reported `too-long`: more than the hotline's
    /// records usually hold, so a reader knows the words were not cut.
    public var longTextLength: Int
    /// How far `receivedAt` may be ahead of the service's clock (the hotline's clock may run a little fast); further
    /// ahead, the ticket is registered at the service's time and reported `future`.
    public var receivedAtLeewayMinutes: Int
    /// A ticket received longer ago than this is a late entry (a letter keyed in weeks after it arrived), registered
    /// with its own time and reported `late`. The hotline topic's retention: a replayed backlog is not reported.
    public var lateEntryDays: Int
    public var sameEvent: SameEventRules
    public var hotIssue: HotIssueRules
    /// The first owner when `acceptedBy` names no unit of the directory, by channel (P1).
    public var firstOwner: FirstOwnerRules
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
