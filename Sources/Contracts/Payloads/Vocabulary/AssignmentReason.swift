/// Why routing chose the unit.
public enum AssignmentReason: String, CaseIterable, Sendable, Codable {
    /// The unit serves the ticket's area.
    case area
    /// The unit accepted the ticket (P1).
    case firstOwner = "first-owner"
    /// A transfer (转办).
    case transfer
    /// An escalation (P2).
    case escalation
    /// Supervision after an unsatisfied callback (C2).
    case supervision
}
