import CivilTime
import Foundation

/// The official Chinese working-day calendar (weekends off, statutory holidays off, make-up working days on), built
/// from one file a year, and the deadline arithmetic of the domain's "Time" section.
///
/// Every question about a day whose year has no file throws `BusinessCalendarError.yearNotCovered`: the holidays of
/// a year are only known once the State Council publishes them, and a silent guess would misplace deadlines. A copy
/// made with `fallingBackToWeekdays(onMissingYear:)` answers such a year Monday–Friday instead and reports each year
/// it guessed; the service runtime gives every handler that copy (issue 13 item 7).
public struct BusinessCalendar: Sendable {
    /// The time zone days are counted in (Asia/Shanghai for the shipped files).
    public let timeZone: TimeZone
    /// The years the files describe, in ascending order.
    public let coveredYears: [Int]

    private let calendar: Calendar
    private let holidays: Set<CivilDate>
    private let workdays: Set<CivilDate>
    /// Where a year without a file is recorded when answered Monday–Friday; nil when such a year throws.
    private var guesses: GuessedYears?

    /// A calendar from checked years; refuses two files for one year, different time zones, and no year at all.
    public init(years: [CalendarYear]) throws(CalendarFileError) {
        guard let first = years.first else {
            throw CalendarFileError(problems: [.init(file: "(none)", kind: .noCalendarFiles)])
        }
        var problems: [CalendarFileError.Problem] = []
        var sources: [Int: String] = [:]
        for year in years {
            if let other = sources[year.year] {
                problems.append(.init(file: year.source, kind: .duplicateYear(year.year, alsoIn: other)))
            } else {
                sources[year.year] = year.source
            }
            if year.timeZone.identifier != first.timeZone.identifier {
                problems.append(.init(
                    file: year.source,
                    kind: .mixedTimeZones(year.timeZone.identifier, expected: first.timeZone.identifier, setBy: first.source)
                ))
            }
        }
        guard problems.isEmpty else { throw CalendarFileError(problems: problems) }

        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = first.timeZone
        self.calendar = calendar
        self.timeZone = first.timeZone
        self.coveredYears = sources.keys.sorted()
        self.holidays = years.reduce(into: []) { $0.formUnion($1.holidays) }
        self.workdays = years.reduce(into: []) { $0.formUnion($1.workdays) }
    }

    /// Reads and checks the given files; the error lists the problems of every file, not just the first.
    public init(files: [URL]) throws(CalendarFileError) {
        guard !files.isEmpty else {
            throw CalendarFileError(problems: [.init(file: "(none)", kind: .noCalendarFiles)])
        }
        var years: [CalendarYear] = []
        var problems: [CalendarFileError.Problem] = []
        for file in files {
            do {
                years.append(try CalendarYear(contentsOf: file))
            } catch {
                problems += error.problems
            }
        }
        guard problems.isEmpty else { throw CalendarFileError(problems: problems) }
        try self.init(years: years)
    }

    /// Reads every `*.json` file directly in `directory` (for example `services/calendar/`), in name order.
    public init(directory: URL) throws(CalendarFileError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw CalendarFileError(problems: [
                .init(file: directory.path, kind: .unreadableDirectory(reason: error.localizedDescription)),
            ])
        }
        let files = names.filter { $0.hasSuffix(".json") }.sorted().map { directory.appendingPathComponent($0) }
        guard !files.isEmpty else {
            throw CalendarFileError(problems: [.init(file: directory.path, kind: .noCalendarFiles)])
        }
        try self.init(files: files)
    }

    /// A copy that answers a day of a year without a file as a plain week (Monday–Friday working, weekends off, no
    /// holidays, no make-up days) instead of throwing `yearNotCovered`, so a deadline that runs past the last file is
    /// still set (issue 13 item 7). `onMissingYear` is called the first time a year is guessed, once per year for the
    /// copy and all copies of it, outside any lock; covered years are answered exactly as before.
    public func fallingBackToWeekdays(onMissingYear: @escaping @Sendable (Int) -> Void) -> BusinessCalendar {
        var copy = self
        copy.guesses = GuessedYears(report: onMissingYear)
        return copy
    }

    /// The years without a file this calendar has answered Monday–Friday so far, ascending; empty without the
    /// fallback.
    public var guessedYears: [Int] {
        guesses?.sorted ?? []
    }

    /// Whether `instant` falls on a working day in the calendar's time zone: a make-up working day (调休), or a
    /// weekday that is not a statutory holiday.
    public func isWorkingDay(_ instant: Date) throws(BusinessCalendarError) -> Bool {
        try isWorkingDay(CivilDate(instant, in: calendar))
    }

    /// The start (00:00) of the first working day after the day `instant` falls on.
    public func nextWorkingDayStart(after instant: Date) throws(BusinessCalendarError) -> Date {
        try nextWorkingDay(after: CivilDate(instant, in: calendar)).start(in: calendar)
    }

    /// The start (00:00) of the day `instant` falls on, in the calendar's time zone.
    public func startOfDay(_ instant: Date) -> Date {
        calendar.startOfDay(for: instant)
    }

    /// The deadline "within `n` working days from `instant`" (domain, "Time"; rules H4–H10 use n = 1).
    ///
    /// - When `instant` is on a working day, the result is the same clock time on the n-th working day after it:
    ///   Friday 16:00 + 1 is Monday 16:00, a make-up Saturday counts, a holiday week is skipped.
    /// - When `instant` is on a weekend or holiday, counting starts at 00:00 of the next working day, and the rule
    ///   above is applied to that moment: Saturday 10:00 + 1 is Tuesday 00:00, that is the end of Monday. The
    ///   result is then always 00:00 of a working day (when Monday is followed by a holiday, 00:00 of the next
    ///   working day after it, which is still a full working day after Monday 00:00).
    /// - `n == 0` gives `instant` itself on a working day, and the start of the next working day otherwise.
    ///
    /// "Same clock time" is the same time since the day's start, which is the clock time in a zone without daylight
    /// saving time such as Asia/Shanghai.
    public func adding(workingDays n: Int, to instant: Date) throws(BusinessCalendarError) -> Date {
        guard n >= 0 else { throw .negativeWorkingDays(n) }
        var day = CivilDate(instant, in: calendar)
        var origin = instant
        if try !isWorkingDay(day) {
            day = try nextWorkingDay(after: day)
            origin = day.start(in: calendar)
        }
        let timeIntoDay = origin.timeIntervalSince(day.start(in: calendar))
        var target = day
        for _ in 0..<n {
            target = try nextWorkingDay(after: target)
        }
        return target.start(in: calendar).addingTimeInterval(timeIntoDay)
    }

    /// `instant` plus `hours` hours of elapsed time, working days or not (domain: hours are wall-clock).
    public func adding(hours: Int, to instant: Date) -> Date {
        instant.addingTimeInterval(TimeInterval(hours) * 3600)
    }

    /// `instant` plus `minutes` minutes of elapsed time, working days or not (domain: minutes are wall-clock).
    public func adding(minutes: Int, to instant: Date) -> Date {
        instant.addingTimeInterval(TimeInterval(minutes) * 60)
    }

    /// Whether the civil `day` is a working day (what `isWorkingDay(_:)` asks of an instant's day).
    package func isWorkingDay(_ day: CivilDate) throws(BusinessCalendarError) -> Bool {
        guard coveredYears.contains(day.year) else {
            guard let guesses else { throw .yearNotCovered(day.year) }
            guesses.record(day.year)
            return !day.isWeekend
        }
        if workdays.contains(day) { return true }
        if holidays.contains(day) { return false }
        return !day.isWeekend
    }

    /// The first working day after `day`. Ends: a year without a file either throws or has five working days a week,
    /// and there are only so many files.
    private func nextWorkingDay(after day: CivilDate) throws(BusinessCalendarError) -> CivilDate {
        var candidate = day.next
        while try !isWorkingDay(candidate) {
            candidate = candidate.next
        }
        return candidate
    }
}
