/// What moved a ticket up the ladder, or, for an early warning, what made the leading group hear of it.
public enum EscalationReason: String, CaseIterable, Sendable, Codable {
    /// A step missed its deadline.
    case deadlineMissed = "deadline-missed"
    /// The unit cannot resolve it at its tier (H5–H9).
    case unresolvable
    /// The customer was not satisfied (H6–H9, C2).
    case unsatisfied
    /// The station head filed an early-warning report (E3): the leading group is told; the ticket does not move.
    case earlyWarning = "early-warning"
    /// The emergency plan started (E4).
    case emergencyPlan = "emergency-plan"
}
