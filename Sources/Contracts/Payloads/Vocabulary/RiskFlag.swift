/// A service risk warning (服务风险预警, R6).
public enum RiskFlag: String, CaseIterable, Sendable, Codable {
    case hot, sensitive, repeated
    case likelyToEscalate = "likely-to-escalate"
    /// Came through the regulator's channel: a 12398 complaint is always serious.
    case regulator
    case media
}
