/// The result of a callback (回访).
public enum CallbackOutcome: String, CaseIterable, Sendable, Codable {
    case satisfied, unsatisfied, unreachable
}
