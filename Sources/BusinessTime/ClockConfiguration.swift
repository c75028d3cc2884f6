import CivilTime
import Foundation

/// Which clock a service runs on, as read from its configuration.
public enum ClockConfiguration: Sendable, Equatable {
    /// Real time.
    case system
    /// Time that stands at `start` until a test or replay driver advances it.
    case virtual(start: Date)
    /// Time running `speed` times faster than real time, reading `start` when the real clock reads `anchor`.
    case accelerated(start: Date, anchor: Date, speed: Double)

    /// Parses the settings as given on a command line or in the environment; absent and empty values are the same.
    ///
    /// `kind` is `system` (the default when absent), `virtual` (needs `start`) or `accelerated` (needs `start`,
    /// `anchor` and `speed`); instants are RFC 3339 with an offset, `speed` a decimal number greater than 0. A
    /// setting the kind does not use is refused. The error lists every problem at once.
    public init(kind: String?, start: String?, anchor: String?, speed: String?) throws(ClockConfigurationError) {
        typealias Setting = ClockConfigurationError.Setting
        let kind = Self.value(kind)?.lowercased() ?? "system"
        let texts: [Setting: String] = [.start: start, .anchor: anchor, .speed: speed].compactMapValues(Self.value)
        let needed: Set<Setting>? = switch kind {
        case "system": []
        case "virtual": [.start]
        case "accelerated": [.start, .anchor, .speed]
        default: nil
        }

        var problems: [ClockConfigurationError.Problem] = []
        if needed == nil {
            problems.append(.unknownKind(kind))
        }
        var instants: [Setting: Date] = [:]
        var speedValue: Double?
        for setting in [Setting.start, .anchor, .speed] {
            let text = texts[setting]
            // With an unknown kind nothing is needed or extra, but the given values are still checked, so that one
            // run reports everything.
            if let needed {
                if needed.contains(setting), text == nil {
                    problems.append(.missing(setting, kind: kind))
                    continue
                }
                if !needed.contains(setting), text != nil {
                    problems.append(.notApplicable(setting, kind: kind))
                    continue
                }
            }
            guard let text else { continue }
            if setting == .speed {
                // Digits and a point only: Double alone would also take "inf", "nan", "1e3" and hexadecimal.
                if text.allSatisfy({ "0123456789.".contains($0) }), let value = Double(text), value > 0 {
                    speedValue = value
                } else {
                    problems.append(.invalidSpeed(text))
                }
            } else if let date = RFC3339DateTime(text, allowingSpace: true)?.instant {
                instants[setting] = date
            } else {
                problems.append(.malformedInstant(setting, text))
            }
        }
        guard problems.isEmpty else { throw ClockConfigurationError(problems: problems) }

        switch kind {
        case "virtual":
            guard let start = instants[.start] else { preconditionFailure("start was checked above") }
            self = .virtual(start: start)
        case "accelerated":
            guard let start = instants[.start], let anchor = instants[.anchor], let speedValue else {
                preconditionFailure("start, anchor and speed were checked above")
            }
            self = .accelerated(start: start, anchor: anchor, speed: speedValue)
        default:
            self = .system
        }
    }

    /// The clock this configuration describes; throws only for an accelerated case built by hand with a speed that
    /// is not finite and positive.
    public func makeClock() throws(ClockConfigurationError) -> any WallClock {
        switch self {
        case .system:
            SystemClock()
        case .virtual(let start):
            VirtualClock(start: start)
        case .accelerated(let start, let anchor, let speed):
            try AcceleratedClock(start: start, anchor: anchor, speed: speed)
        }
    }

    /// The trimmed value, or nil when absent or blank.
    private static func value(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
