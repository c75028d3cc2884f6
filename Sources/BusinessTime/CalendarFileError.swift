/// Everything wrong with a set of calendar files, each problem with the file it concerns, so one run shows all fixes.
public struct CalendarFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problems, in the order they were found.
    public var problems: [Problem]

    /// One problem: the file it concerns and what is wrong with it.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// Path or name of the file (or directory) the problem is in.
        public var file: String
        /// What is wrong.
        public var kind: Kind

        /// Creates a problem in `file`.
        public init(file: String, kind: Kind) {
            self.file = file
            self.kind = kind
        }

        /// `file: what is wrong`.
        public var description: String { "\(file): \(kind)" }
    }

    /// The kinds of problem a calendar file can have.
    public enum Kind: Sendable, Equatable, CustomStringConvertible {
        /// The directory cannot be listed.
        case unreadableDirectory(reason: String)
        /// There is no calendar file at all, so no day could be answered.
        case noCalendarFiles
        /// A file cannot be read.
        case unreadableFile(reason: String)
        /// A file is not JSON of the expected shape (`year`, `timezone`, `holidays`, `workdays`).
        case undecodable(reason: String)
        /// `timezone` is not an IANA time zone identifier this system knows.
        case unknownTimeZone(String)
        /// A listed date is not a real `YYYY-MM-DD` date.
        case malformedDate(String)
        /// A listed date belongs to another year than the file's `year`.
        case dateOutsideYear(String, year: Int)
        /// A date is both a holiday and a make-up working day.
        case dateInBothLists(String)
        /// A make-up working day (调休) falls on a weekday, where it changes nothing: most likely a typo.
        case workdayNotOnWeekend(String)
        /// A second file describes a year another file already describes.
        case duplicateYear(Int, alsoIn: String)
        /// The file's time zone differs from the one the other files use.
        case mixedTimeZones(String, expected: String, setBy: String)

        /// A sentence saying what to fix.
        public var description: String {
            switch self {
            case .unreadableDirectory(let reason):
                "cannot list the calendar directory: \(reason)"
            case .noCalendarFiles:
                "no calendar file (*.json) found; add one file per year"
            case .unreadableFile(let reason):
                "cannot read the file: \(reason)"
            case .undecodable(let reason):
                "not a calendar file (expected year, timezone, holidays, workdays): \(reason)"
            case .unknownTimeZone(let identifier):
                "unknown time zone \"\(identifier)\"; use an IANA identifier such as Asia/Shanghai"
            case .malformedDate(let text):
                "\"\(text)\" is not a date of the form YYYY-MM-DD"
            case .dateOutsideYear(let text, let year):
                "\(text) is not in the file's year \(year)"
            case .dateInBothLists(let text):
                "\(text) is listed both as a holiday and as a make-up working day"
            case .workdayNotOnWeekend(let text):
                "make-up working day \(text) is not a Saturday or Sunday"
            case .duplicateYear(let year, let other):
                "year \(year) is also described by \(other); keep one file per year"
            case .mixedTimeZones(let found, let expected, let other):
                "time zone \(found) differs from \(expected) used by \(other); all years must share one time zone"
            }
        }
    }

    /// Creates an error from its problems.
    public init(problems: [Problem]) {
        self.problems = problems
    }

    /// A heading, then one problem a line.
    public var description: String {
        let heading = "business calendar has \(problems.count) problem\(problems.count == 1 ? "" : "s"):"
        return ([heading] + problems.map { "  \($0)" }).joined(separator: "\n")
    }
}
