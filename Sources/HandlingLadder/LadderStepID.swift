import Contracts

/// A step of the handling ladder and the callbacks (seed 000 §4 and §6), by the id deadlines and events carry as
/// `step`. Which rule it follows and who acts are fixed here; how long it may take is data (`LadderLimits`).
public enum LadderStepID: String, CaseIterable, Sendable, Codable, CodingKeyRepresentable, Comparable {
    /// H2: a station's complaint verified and responsibility fixed (1 hour).
    case h2 = "H2"
    /// H3: customer's responsibility, feedback to the customer (1 hour).
    case h3 = "H3"
    /// H4: station's responsibility, contact and coordination with the customer (1 working day).
    case h4 = "H4"
    /// H5: what the staff cannot resolve is with the technician (1 hour).
    case h5 = "H5"
    /// H6: the station head acts (1 working day).
    case h6 = "H6"
    /// H7: the CSC acts (1 working day).
    case h7 = "H7"
    /// H8: the marketing department acts (1 working day).
    case h8 = "H8"
    /// H9, first part: the marketing deputy director acts for the leadership (1 working day, level II).
    case h9Deputy = "H9d"
    /// H9: the bureau director and party secretary act (1 working day, level I).
    case h9 = "H9"
    /// H10: the leadership calls the customer back (1 working day).
    case h10 = "H10"
    /// C1: the customer representative calls back after a unit's result (10 minutes).
    case c1 = "C1"
    /// C3: a complaint a station solved directly is called back (10 minutes).
    case c3 = "C3"

    /// The rule of `domain.md` the step follows; the deputy's step follows H9, whose "bureau leadership" it belongs to.
    public var rule: RuleID {
        switch self {
        case .h2: .h2
        case .h3: .h3
        case .h4: .h4
        case .h5: .h5
        case .h6: .h6
        case .h7: .h7
        case .h8: .h8
        case .h9Deputy, .h9: .h9
        case .h10: .h10
        case .c1: .c1
        case .c3: .c3
        }
    }

    /// Who must act before the step is due.
    public var role: LadderRole {
        switch self {
        case .h2, .h3, .h4: .staff
        case .h5: .technician
        case .h6: .head
        case .h7: .csc
        case .h8: .marketing
        case .h9Deputy: .deputy
        case .h9, .h10: .leadership
        case .c1, .c3: .customerRepresentative
        }
    }

    /// The tier of the unit that acts; `deadline.approaching` and `deadline.missed` carry it.
    public var tier: Tier { role.tier }

    /// The step an assignment to `role` starts (issue 12 item 6): a station's staff start with verification (H2),
    /// each tier above with its own step, customer representatives with the callback after a result (C1).
    public static func started(by role: LadderRole) -> LadderStepID {
        switch role {
        case .staff: .h2
        case .technician: .h5
        case .head: .h6
        case .csc: .h7
        case .marketing: .h8
        case .deputy: .h9Deputy
        case .leadership: .h9
        case .customerRepresentative: .c1
        }
    }

    /// The step the ticket moves to when this one is missed or the customer is not satisfied with it (P2); nil at the
    /// top of the ladder (H9, H10) and for callbacks.
    public var escalation: LadderStepID? {
        role.above.map(Self.started(by:))
    }

    /// In ladder order, as declared.
    public static func < (lhs: LadderStepID, rhs: LadderStepID) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The step a station's verification starts (H2 done): the station's responsibility, contact within 1 working day
    /// (H4); the customer's, feedback within 1 hour (H3).
    public static func afterVerification(_ responsibility: Responsibility) -> LadderStepID {
        switch responsibility {
        case .station: .h4
        case .customer: .h3
        }
    }
}
