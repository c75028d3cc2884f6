/// Why routing chose the unit.
public enum AssignmentReason: String, CaseIterable, Sendable, Codable {
    /// The unit serves the ticket's area.
    case area
    /// The unit accepted the ticket (P1).
    case firstOwner = "first-owner"
    /// A routing rule of the bureau's data placed it (12398 to the CSC, tariff policy to marketing).
    case rule
    /// No station serves the ticket's area, or it has none: the CSC places it, never dropped.
    case unroutableArea = "unroutable-area"
    /// A transfer (转办).
    case transfer
    /// A transfer back to a unit that had the ticket before (A→B→A): the CSC coordinates it (P1, 零推诿).
    case transferLoop = "transfer-loop"
    /// An escalation (P2).
    case escalation
    /// Supervision after an unsatisfied callback (C2).
    case supervision
    /// The customer called again about the open ticket (R3c): the unit holding it is told, the ticket stays.
    case urge
    /// The leadership is told of an early warning (E3); the ticket is not moved.
    case warning
}
