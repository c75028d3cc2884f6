/// The rule a callback task follows.
public enum CallbackStep: String, CaseIterable, Sendable, Codable {
    /// After a unit's result (C1).
    case c1 = "C1"
    /// After a station solved it directly (C3).
    case c3 = "C3"
    /// The leadership's call (H10).
    case h10 = "H10"
}
