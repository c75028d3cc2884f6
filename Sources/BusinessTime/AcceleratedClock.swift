import Foundation

/// Virtual time running `speed` times faster than real time, from a shared starting point: every process given the
/// same `start`, `anchor` and `speed` reads the same time, whenever it was started.
///
/// `now = start + (real now − anchor) × speed`.
public struct AcceleratedClock: WallClock {
    /// The virtual instant the clock reads when the real clock reads `anchor`.
    public let start: Date
    /// The real instant that corresponds to `start`.
    public let anchor: Date
    /// Virtual seconds per real second.
    public let speed: Double

    /// The real time; the system clock outside tests.
    private let real: any WallClock

    /// An accelerated clock on the system clock; `speed` must be finite and greater than 0.
    public init(start: Date, anchor: Date, speed: Double) throws(ClockConfigurationError) {
        try self.init(start: start, anchor: anchor, speed: speed, real: SystemClock())
    }

    /// An accelerated clock on another real-time source, so tests drive it with a `VirtualClock` instead of waiting.
    package init(start: Date, anchor: Date, speed: Double, real: any WallClock) throws(ClockConfigurationError) {
        guard speed.isFinite, speed > 0 else {
            throw ClockConfigurationError(problems: [.invalidSpeed("\(speed)")])
        }
        self.start = start
        self.anchor = anchor
        self.speed = speed
        self.real = real
    }

    /// The virtual time now.
    public var now: Date {
        virtual(at: real.now)
    }

    /// Sleeps on the real clock until the real instant that corresponds to `deadline`.
    public func sleep(until deadline: Date) async throws {
        try Task.checkCancellation()
        guard deadline > now else { return }
        var realDeadline = anchor.addingTimeInterval(deadline.timeIntervalSince(start) / speed)
        // Rounding may map the real deadline to a virtual instant just short of `deadline`; move it later until
        // it does not, so that `now >= deadline` holds on return (a caller that re-sleeps would otherwise spin).
        while case let shortfall = deadline.timeIntervalSince(virtual(at: realDeadline)), shortfall > 0 {
            let step = max(shortfall / speed, realDeadline.timeIntervalSinceReferenceDate.ulp)
            realDeadline = realDeadline.addingTimeInterval(step)
        }
        try await real.sleep(until: realDeadline)
    }

    private func virtual(at realInstant: Date) -> Date {
        start.addingTimeInterval(realInstant.timeIntervalSince(anchor) * speed)
    }
}
