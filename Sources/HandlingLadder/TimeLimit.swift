import BusinessTime
import Foundation

/// How long a step (or a ticket) may take: elapsed wall-clock time, or working days on the business calendar
/// (domain, "Time": hours and minutes are wall-clock, working days skip weekends and holidays).
public enum TimeLimit: Sendable, Equatable, CustomStringConvertible {
    /// Minutes of elapsed time, working days or not ("within 1 hour" is 60).
    case elapsed(minutes: Int)
    /// Working days: the same clock time on the n-th working day, counted from the start of the next working day
    /// when the start is not on one.
    case workingDays(Int)

    /// When a step started at `start` with this limit is due.
    public func due(from start: Date, calendar: BusinessCalendar) throws(BusinessCalendarError) -> Date {
        switch self {
        case .elapsed(let minutes): calendar.adding(minutes: minutes, to: start)
        case .workingDays(let days): try calendar.adding(workingDays: days, to: start)
        }
    }

    /// "1 working day", "1 hour", "10 minutes".
    public var description: String {
        switch self {
        case .elapsed(let minutes) where minutes % 60 == 0: Self.count(minutes / 60, "hour")
        case .elapsed(let minutes): Self.count(minutes, "minute")
        case .workingDays(let days): Self.count(days, "working day")
        }
    }

    private static func count(_ n: Int, _ unit: String) -> String { "\(n) \(unit)\(n == 1 ? "" : "s")" }
}
