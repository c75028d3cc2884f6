/// Whose responsibility the verification found (H2).
public enum Responsibility: String, CaseIterable, Sendable, Codable {
    /// The station's: contact within 1 working day (H4).
    case station
    /// The customer's: feedback within 1 hour (H3).
    case customer
}
