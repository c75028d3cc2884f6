/// Why a unit appeals a demand (R3a, R7).
public enum AppealGround: String, CaseIterable, Sendable, Codable {
    case malicious, unreasonable
}

/// The decision on an appeal; upheld removes the ticket from the unit's counts (R7, S4).
public enum AppealDecision: String, CaseIterable, Sendable, Codable {
    case upheld, rejected
}

/// Where a closed ticket's appeal ended.
public enum AppealStatus: String, CaseIterable, Sendable, Codable {
    case none, upheld, rejected
}
