/// A tier of the handling ladder (H2–H10).
public enum Tier: String, CaseIterable, Sendable, Codable {
    /// 供电所
    case station
    /// 客户服务中心
    case csc
    /// 营销部
    case marketing
    /// 营销副局长
    case deputy
    /// 局领导班子
    case leadership

    /// The severity level of a ticket that had to reach this tier; the schemas tie the two together.
    public var level: Level {
        switch self {
        case .station: .v
        case .csc: .iv
        case .marketing: .iii
        case .deputy: .ii
        case .leadership: .i
        }
    }
}

extension Tier: Comparable {
    /// Up the ladder: station < CSC < marketing < deputy < leadership.
    public static func < (lhs: Tier, rhs: Tier) -> Bool { lhs.level.rank < rhs.level.rank }
}
