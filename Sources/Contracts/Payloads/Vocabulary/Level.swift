/// A complaint event's severity level (投诉事件分级): V is solved in the station, I needs the bureau leadership.
public enum Level: String, CaseIterable, Sendable, Codable, CodingKeyRepresentable {
    case v = "V", iv = "IV", iii = "III", ii = "II", i = "I"
}

extension Level {
    /// V is 0, I is 4: a higher rank needed a higher tier.
    public var rank: Int { Level.allCases.firstIndex(of: self)! }

    /// The higher of two levels, `nil` counting as none: a ticket's level only rises.
    public static func highest(_ current: Level?, _ reached: Level) -> Level {
        guard let current, current.rank >= reached.rank else { return reached }
        return current
    }
}
