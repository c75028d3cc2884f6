import Foundation

/// The Gregorian calendar in Asia/Shanghai, the time zone every business rule is stated in.
enum BeijingCalendar {
    static let gregorian: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3_600)!
        return calendar
    }()
}
