/// A business rule of `domain.md`, by its id. Payloads carry these (`ruleIds`, `ruleId`), code names the rule it
/// implements with one, and `docs/rules.md` maps each to its code and tests (kept in agreement by a test).
public enum RuleID: String, CaseIterable, Sendable, Codable, Comparable {
    // Handling ladder (seed 000 §4).
    case h1 = "H1", h2 = "H2", h3 = "H3", h4 = "H4", h5 = "H5", h6 = "H6", h7 = "H7", h8 = "H8", h9 = "H9", h10 = "H10"
    /// First-question responsibility and progressive escalation.
    case p1 = "P1", p2 = "P2"
    // Before, during, after: early warning and the emergency plan.
    case e1 = "E1", e2 = "E2", e3 = "E3", e4 = "E4", e5 = "E5", e6 = "E6", e7 = "E7", e8 = "E8"
    // Callback.
    case c1 = "C1", c2 = "C2", c3 = "C3", c4 = "C4"
    // Closed loop and assessment.
    case s1 = "S1", s2 = "S2", s3 = "S3", s4 = "S4", s5 = "S5", s6 = "S6", s7 = "S7", s8 = "S8", s9 = "S9", s10 = "S10"
    case s11 = "S11", s12 = "S12"
    // Repeat demands; R3's four exclusions have ids of their own.
    case r1 = "R1", r2 = "R2", r3 = "R3", r3a = "R3a", r3b = "R3b", r3c = "R3c", r3d = "R3d", r4 = "R4", r5 = "R5"
    case r6 = "R6", r7 = "R7"

    /// In the order of `domain.md`.
    public static func < (lhs: RuleID, rhs: RuleID) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
