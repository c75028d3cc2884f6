import Contracts

/// Who acts at a step of the handling ladder: a role inside a unit, and through it the unit's tier.
public enum LadderRole: String, CaseIterable, Sendable, Codable {
    /// 供电所工作人员: records, verifies and contacts the customer (H2–H4).
    case staff
    /// 用电技术员: takes what the staff cannot resolve (H5).
    case technician
    /// 供电所长 (H6).
    case head
    /// 客户服务中心 (H7).
    case csc
    /// 营销部门 (H8).
    case marketing
    /// 营销副局长: the member of the bureau leadership in charge of marketing, acting first for it (H9, level II).
    case deputy
    /// 局长、书记等党政领导班子 (H9, level I; H10).
    case leadership
    /// 客户代表: makes the callbacks (C1, C3).
    case customerRepresentative = "customer-representative"

    /// The tier of the unit the role belongs to.
    ///
    /// Customer representatives are counted in the CSC: it is the unit that controls callbacks and service quality
    /// for the bureau, and the contracts need a tier on every deadline.
    public var tier: Tier {
        switch self {
        case .staff, .technician, .head: .station
        case .csc, .customerRepresentative: .csc
        case .marketing: .marketing
        case .deputy: .deputy
        case .leadership: .leadership
        }
    }

    /// The role a ticket goes to when the customer is not satisfied with this one (P2, issue 12 item 4: staff →
    /// technician → head → CSC → marketing → deputy → leadership); nil at the top, and for callbacks, which go back
    /// to the responsible unit under supervision (C2) rather than up.
    public var above: LadderRole? {
        switch self {
        case .staff: .technician
        case .technician: .head
        case .head: .csc
        case .csc: .marketing
        case .marketing: .deputy
        case .deputy: .leadership
        case .leadership, .customerRepresentative: nil
        }
    }
}
