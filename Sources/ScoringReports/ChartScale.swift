import Foundation

/// A value axis from zero to a round top, mapped onto a length in pixels. The top is never zero, so an empty or
/// all-zero series draws flat instead of dividing by zero.
struct ChartScale {
    /// The value at the far end of the axis: the largest value rounded up to a whole number of `step`s.
    let top: Double
    /// The distance between gridlines: 1, 2 or 5 times a power of ten, about five to an axis.
    let step: Double
    let length: Double

    /// An axis reaching at least `maximum`. Counts never get a gridline between two whole numbers.
    init(upTo maximum: Double, length: Double, wholeNumbers: Bool = true) {
        let reach = maximum.isFinite && maximum > 0 ? maximum : 1
        var step = Self.roundStep(above: reach / 5)
        if wholeNumbers { step = max(step, 1) }
        self.step = step
        self.top = (reach / step).rounded(.up) * step
        self.length = length
    }

    /// The pixels `value` covers, held within the axis so that a stray value cannot draw outside the chart.
    func pixels(_ value: Double) -> Double {
        guard value.isFinite else { return 0 }
        return min(max(value, 0), top) / top * length
    }

    /// The values at the gridlines, zero and the top included.
    var ticks: [Double] {
        (0...Int((top / step).rounded())).map { Double($0) * step }
    }

    /// The smallest of 1, 2, 5, 10, 20, 50… (and their tenths) that is at least `rough`.
    private static func roundStep(above rough: Double) -> Double {
        let power = pow(10, (log10(rough)).rounded(.down))
        return [1, 2, 5, 10].map { $0 * power }.first { $0 >= rough * (1 - 1e-9) } ?? 10 * power
    }
}
