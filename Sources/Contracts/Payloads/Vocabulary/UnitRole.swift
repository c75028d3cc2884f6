/// What a person does for their unit: the role an escalation step needs (H5, H6) or who acts for a higher unit.
/// `complaint.assigned` names the role the assignment needs.
public enum UnitRole: String, CaseIterable, Sendable, Codable, Comparable {
    /// 工作人员: a station's front line, who takes the ticket first.
    case staff
    /// 用电技术员: a station's electrical technician (H5).
    case technician
    /// A person who acts for a CSC, marketing, deputy or leadership unit day to day.
    case officer
    /// The unit's head: 供电所长 in a station (H6), the head of the department or the leader himself above it.
    case head

    /// Roles in the order the ladder climbs them inside a unit.
    public static func < (lhs: UnitRole, rhs: UnitRole) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .staff: 0
        case .technician: 1
        case .officer: 2
        case .head: 3
        }
    }
}
