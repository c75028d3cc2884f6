import CivilTime
import Contracts
import Foundation

/// How a report's numbers, times and periods are written for people. One place, so that the tables and the charts
/// agree on what a rate or a missing value looks like, and no NaN or infinity can reach a page.
enum Display {
    /// What stands for a value the period cannot give: a rate with nothing to divide by, a step nobody timed.
    static let missing = "—"

    /// A rate from 0 to 1 as a percentage with one decimal: 0.985 → `98.5%`.
    static func percent(_ rate: Double?) -> String {
        guard let rate, rate.isFinite else { return missing }
        return number(rate * 100, digits: 1) + "%"
    }

    /// At most `digits` decimals and no trailing zeros (12, 87.5, 0.33), so that whole counts read as whole.
    static func number(_ value: Double?, digits: Int = 2) -> String {
        guard let value, value.isFinite else { return missing }
        var text = String(format: "%.\(digits)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        // Rounding a small negative value leaves a sign on nothing.
        return text == "-0" ? "0" : text
    }

    /// Ledger points keep their sign, since a deduction and an award differ only by it: `+2`, `-0.5`, `0`.
    static func points(_ value: Double) -> String {
        let text = number(value)
        return value > 0 && value.isFinite ? "+" + text : text
    }

    /// A duration to the minute, which is as fine as the step limits are set: `3小时25分`, `40分`.
    static func duration(_ seconds: Double?) -> String {
        guard let seconds, seconds.isFinite, seconds >= 0 else { return missing }
        let minutes = Int((seconds / 60).rounded())
        return minutes < 60 ? "\(minutes)分" : "\(minutes / 60)小时\(minutes % 60)分"
    }

    /// An instant as Beijing wall-clock time to the minute, `2026-03-02 09:05`: the contract's form cut for reading.
    static func minute(_ date: Date) -> String {
        let written = Timestamp.format(date)
        return String(written.prefix(10)) + " " + String(written.dropFirst(11).prefix(5))
    }

    /// The days a period covers, its end being the exclusive midnight after its last day: `2026-03-02`, or
    /// `2026-03-01 至 2026-03-31`.
    static func period(from start: Date, to end: Date) -> String {
        let first = BeijingTime.date(of: start)
        let last = max(first, BeijingTime.date(of: end.addingTimeInterval(-1)))
        return first == last ? first.description : "\(first) 至 \(last)"
    }
}
