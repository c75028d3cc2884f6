/// Limits a ladder cannot be built from, with every problem (`LadderLimits.problems()`).
public struct LadderLimitsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problems, in file order.
    public var problems: [String]

    /// An error listing `problems`.
    public init(problems: [String]) { self.problems = problems }

    /// One problem a line.
    public var description: String {
        "the ladder limits cannot be used:\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
    }
}
