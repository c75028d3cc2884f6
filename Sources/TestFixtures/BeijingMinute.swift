import Foundation

/// The instant `yyyy-MM-dd HH:mm` names in Beijing time, built with Foundation rather than the code under test.
public func beijingMinute(_ text: String) throws -> Date {
    let numbers = text.split(whereSeparator: { "- :".contains($0) }).compactMap { Int($0) }
    var calendar = Calendar(identifier: .gregorian)
    guard numbers.count == 5, let zone = TimeZone(identifier: "Asia/Shanghai") else {
        throw FixtureError(description: "\(text) is not yyyy-MM-dd HH:mm")
    }
    calendar.timeZone = zone
    let parts = DateComponents(year: numbers[0], month: numbers[1], day: numbers[2], hour: numbers[3], minute: numbers[4])
    guard let date = calendar.date(from: parts) else { throw FixtureError(description: "\(text) is no instant") }
    return date
}

/// A fixture that cannot be built from what a test gave it.
public struct FixtureError: Error, CustomStringConvertible {
    public var description: String
}
