/// How the customer was reached (C1).
public enum ContactMethod: String, CaseIterable, Sendable, Codable {
    case phone, letter, visit
}
