import Contracts

/// Categories as small integers for the classifier's hot path.
///
/// `Category` is a `String`-backed enum, and such enums compare and hash through their raw value: a `Set<Category>`
/// or `firstIndex(of:)` hashes or compares strings, which took a fifth of the time of a classification. The slot
/// comes from a `switch` instead (no string involved), and the switch being exhaustive means a new category cannot
/// be forgotten here.
enum CategorySlot {
    /// The categories in slot order: `all[slot(c)] == c`.
    static let all: [Category] = {
        var ordered = Category.allCases
        for category in Category.allCases { ordered[slot(category)] = category }
        return ordered
    }()

    /// The category's position in `all`, 0..<16.
    @inline(__always)
    static func slot(_ category: Category) -> Int {
        switch category {
        case .meterSeal: 0
        case .wrongReading: 1
        case .wrongDisconnection: 2
        case .tariff: 3
        case .attitude: 4
        case .workQuality: 5
        case .supplyQuality: 6
        case .repairOverdue: 7
        case .plannedOutage: 8
        case .applianceDamage: 9
        case .lateReconnection: 10
        case .charges: 11
        case .brokenCommitment: 12
        case .commitmentDeadline: 13
        case .theft: 14
        case .other: 15
        }
    }
}
