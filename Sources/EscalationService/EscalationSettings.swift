import ServiceKit

/// The escalation service's own figures (`services/escalation/escalation.json`); the step limits and national bounds
/// are the shared ladder's (`services/ladder/limits.json`).
public struct EscalationSettings: Sendable, Equatable, Decodable {
    /// The share of each window after which the unit is urged (催办, `deadline.approaching`): 0.8 urges a one-hour
    /// step at 48 minutes.
    public var approachingShare: Double
    /// Working days after closing within which the complained-about unit's analysis report is due (E8; scoring's S3
    /// counts from the same close).
    public var analysisWorkingDays: Int

    /// The file's name in the escalation data folder.
    public static let fileName = "escalation.json"

    public init(approachingShare: Double = 0.8, analysisWorkingDays: Int = 3) {
        self.approachingShare = approachingShare
        self.analysisWorkingDays = analysisWorkingDays
    }

    /// Everything wrong with the figures, for the error that stops the start.
    public func problems() -> [String] {
        var problems: [String] = []
        if !(approachingShare > 0 && approachingShare < 1) {
            problems.append("approachingShare: \(approachingShare) must be above 0 and below 1 (0.8 urges at 80% of a window)")
        }
        if analysisWorkingDays < 1 {
            problems.append("analysisWorkingDays: \(analysisWorkingDays) must be at least 1")
        }
        return problems
    }

    /// Reads and checks the file in `data`.
    static func load(from data: ServiceData) throws(ServiceDataError) -> EscalationSettings {
        try data.decode(EscalationSettings.self, from: fileName) { $0.problems() }
    }
}
