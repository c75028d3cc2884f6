/// Who settled a ticket's category.
public enum ClassificationSource: String, CaseIterable, Sendable, Codable {
    /// The hotline agent.
    case agent
    /// Intake's classifier.
    case model
}

/// The repeat-demand verdict (R1–R3).
public enum RepeatVerdict: String, CaseIterable, Sendable, Codable {
    /// Same customer and event twice or more within a month (R1).
    case `repeat`
    case notRepeat = "not-repeat"
    /// Not counted under R2 or R3.
    case excluded
}
