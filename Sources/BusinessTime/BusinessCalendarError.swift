/// Why a business-calendar question has no answer.
public enum BusinessCalendarError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The question reaches a year no calendar file describes; add `services/calendar/<year>.json` once the
    /// State Council publishes that year's schedule. Only a calendar without the fallback throws it: the copy from
    /// `fallingBackToWeekdays(onMissingYear:)`, which every service is given, answers Monday–Friday and reports it.
    case yearNotCovered(Int)
    /// A count of working days below zero.
    case negativeWorkingDays(Int)

    /// A sentence saying what to fix.
    public var description: String {
        switch self {
        case .yearNotCovered(let year):
            "no calendar file covers \(year); add the official schedule for \(year) before computing its deadlines"
        case .negativeWorkingDays(let count):
            "a number of working days must be 0 or more, got \(count)"
        }
    }
}
