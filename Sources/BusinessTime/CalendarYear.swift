import CivilTime
import Foundation

/// One calendar file: a year's statutory holidays and make-up working days (调休), already checked.
public struct CalendarYear: Sendable, Equatable {
    /// The year the file describes.
    public let year: Int
    /// The time zone its days are in.
    public let timeZone: TimeZone
    /// Where it came from (a path or a name), for error messages.
    public let source: String
    /// Days off, weekends included or not (weekends are off anyway).
    let holidays: Set<CivilDate>
    /// Saturdays and Sundays that are working days.
    let workdays: Set<CivilDate>

    /// The JSON layout of a calendar file.
    private struct File: Decodable {
        var year: Int
        var timezone: String
        var holidays: [String]
        var workdays: [String]
    }

    /// Decodes and checks one calendar file's contents; `source` names it in errors.
    public init(data: Data, source: String) throws(CalendarFileError) {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch let error as DecodingError {
            throw CalendarFileError(problems: [.init(file: source, kind: .undecodable(reason: error.briefDescription))])
        } catch {
            throw CalendarFileError(problems: [.init(file: source, kind: .undecodable(reason: "\(error)"))])
        }

        var problems: [CalendarFileError.Kind] = []
        let timeZone = TimeZone(identifier: file.timezone)
        if timeZone == nil {
            problems.append(.unknownTimeZone(file.timezone))
        }

        func days(_ texts: [String]) -> [String: CivilDate] {
            var days: [String: CivilDate] = [:]
            for text in texts {
                guard let day = CivilDate(parsing: text) else {
                    problems.append(.malformedDate(text))
                    continue
                }
                guard day.year == file.year else {
                    problems.append(.dateOutsideYear(text, year: file.year))
                    continue
                }
                days[text] = day
            }
            return days
        }
        let holidays = Set(days(file.holidays).values)
        let workdays = days(file.workdays)
        for text in file.workdays {
            guard let day = workdays[text] else { continue }
            if holidays.contains(day) {
                problems.append(.dateInBothLists(text))
            } else if !day.isWeekend {
                problems.append(.workdayNotOnWeekend(text))
            }
        }

        guard problems.isEmpty, let timeZone else {
            throw CalendarFileError(problems: problems.map { .init(file: source, kind: $0) })
        }
        self.year = file.year
        self.timeZone = timeZone
        self.source = source
        self.holidays = holidays
        self.workdays = Set(workdays.values)
    }

    /// Reads and checks one calendar file.
    public init(contentsOf url: URL) throws(CalendarFileError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CalendarFileError(problems: [.init(file: url.path, kind: .unreadableFile(reason: error.localizedDescription))])
        }
        try self.init(data: data, source: url.path)
    }
}

private extension DecodingError {
    /// Where in the file and what, without Foundation's debugging noise.
    var briefDescription: String {
        func path(_ context: Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return keys.isEmpty ? "" : " at \(keys.joined(separator: "."))"
        }
        switch self {
        case .keyNotFound(let key, _):
            return "missing \"\(key.stringValue)\""
        case .typeMismatch(let type, let context):
            return "expected \(type)\(path(context))"
        case .valueNotFound(let type, let context):
            return "expected \(type)\(path(context)), found null"
        case .dataCorrupted(let context):
            return "\(context.debugDescription)\(path(context))"
        @unknown default:
            return "\(self)"
        }
    }
}
