import CivilTime
import Foundation

// A calendar file names its own time zone, so the business calendar turns instants into days through `Calendar`
// rather than through Beijing time's fixed offset.
extension CivilDate {
    /// The day `date` falls on in `calendar`'s time zone.
    init(_ date: Date, in calendar: Calendar) {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day,
              let civil = CivilDate(year: year, month: month, day: day)
        else { preconditionFailure("a Gregorian calendar always yields a valid year, month and day") }
        self = civil
    }

    /// The first instant of this day in `calendar`'s time zone (midnight, in a zone without DST).
    func start(in calendar: Calendar) -> Date {
        guard let date = calendar.date(from: DateComponents(year: year, month: month, day: day)) else {
            preconditionFailure("a Gregorian calendar resolves every valid date, \(self) included")
        }
        return date
    }
}
