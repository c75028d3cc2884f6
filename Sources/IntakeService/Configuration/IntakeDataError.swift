import Foundation

/// A data file of the intake (rules, risk words, classification model) that cannot be used; the service does not
/// start without it, because a guess would register tickets wrongly.
public struct IntakeDataError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var problems: [String]

    public var description: String {
        "intake data file \(file) cannot be used:\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
    }
}
