import BusinessTime
import Foundation
import ServiceKit

/// The time the services live in: their clock settings (`COMPLAINTS_CLOCK` and the rest) when the environment has
/// them, so that what an operator publishes falls in the same time as the services' own events (`scripts/run` runs
/// them on an accelerated clock); else the system clock.
enum BusinessNow {
    static func now(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Date {
        let key = ServiceConfiguration.Key.self
        return try ClockConfiguration(
            kind: environment[key.clock], start: environment[key.clockStart], anchor: environment[key.clockAnchor],
            speed: environment[key.clockSpeed]
        ).makeClock().now
    }
}
