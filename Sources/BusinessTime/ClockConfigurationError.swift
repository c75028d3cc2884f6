/// Everything wrong with a clock configuration, so one run shows every fix.
public struct ClockConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problems, in setting order (kind, start, anchor, speed).
    public var problems: [Problem]

    /// A setting of the clock configuration.
    public enum Setting: String, Sendable, Equatable, CustomStringConvertible {
        /// `system`, `virtual` or `accelerated`.
        case kind
        /// The virtual instant the clock starts at.
        case start
        /// The real instant that corresponds to `start` on an accelerated clock.
        case anchor
        /// How many virtual seconds pass per real second on an accelerated clock.
        case speed

        /// The setting's name.
        public var description: String { rawValue }
    }

    /// One thing wrong with the configuration.
    public enum Problem: Sendable, Equatable, CustomStringConvertible {
        /// The kind is not `system`, `virtual` or `accelerated`.
        case unknownKind(String)
        /// The kind needs this setting and it is absent or empty.
        case missing(Setting, kind: String)
        /// The setting is not an RFC 3339 timestamp with a time zone.
        case malformedInstant(Setting, String)
        /// The speed is not a finite decimal number greater than 0.
        case invalidSpeed(String)
        /// The setting means nothing for this kind; refused so that a forgotten `kind` is not silently ignored.
        case notApplicable(Setting, kind: String)

        /// A sentence saying what to fix.
        public var description: String {
            switch self {
            case .unknownKind(let kind):
                "unknown clock kind \"\(kind)\"; use system, virtual or accelerated"
            case .missing(let setting, let kind):
                "a \(kind) clock needs \(setting)"
            case .malformedInstant(let setting, let text):
                "\(setting) \"\(text)\" is not an RFC 3339 timestamp such as 2026-02-13T10:00:00+08:00"
            case .invalidSpeed(let text):
                "speed \"\(text)\" is not a decimal number greater than 0"
            case .notApplicable(let setting, let kind):
                "\(setting) does not apply to a \(kind) clock; remove it or set the kind"
            }
        }
    }

    /// Creates an error from its problems.
    public init(problems: [Problem]) {
        self.problems = problems
    }

    /// All problems on one line, to sit inside a larger configuration report.
    public var description: String {
        problems.map(\.description).joined(separator: "; ")
    }
}
