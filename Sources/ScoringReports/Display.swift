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
        // The trailing zeros and a bare point cut off as bytes: the text is ASCII.
        let text = Array(fixed(value, digits: digits).utf8)
        var end = text.count
        if text.contains(UInt8(ascii: ".")) {
            while text[end - 1] == UInt8(ascii: "0") { end -= 1 }
            if text[end - 1] == UInt8(ascii: ".") { end -= 1 }
        }
        let trimmed = String(decoding: text[..<end], as: UTF8.self)
        // Rounding a small negative value leaves a sign on nothing.
        return trimmed == "-0" ? "0" : trimmed
    }

    /// `String(format: "%.<digits>f", value)` for a finite value: up to 3 digits and below 2^53 worked out in integers
    /// as printf does it (the exact binary value rounded half to even), since a month's report writes millions of
    /// numbers and the C formatter was most of their cost; otherwise by the formatter itself.
    static func fixed(_ value: Double, digits: Int) -> String {
        let magnitude = value.magnitude
        guard (0...3).contains(digits), magnitude < 0x1p53 else { return String(format: "%.\(digits)f", value) }
        let scale: UInt64 = [1, 10, 100, 1_000][digits]
        var scaled: UInt64 = 0
        // Below 2^-60 even three digits round to 0; from there on the value is normal: significand × 2^(exponent − 52)
        // with an integer significand below 2^53, and exponent ≤ 52 as the value is below 2^53.
        if magnitude >= 0x1p-60 {
            let product = (magnitude.significandBitPattern | 1 << 52) * scale  // below 2^63
            let shift = 52 - Int(magnitude.exponent)
            if shift == 0 {
                scaled = product
            } else if shift < 64 {
                scaled = product >> shift
                let (remainder, half) = (product & (1 << shift - 1), UInt64(1) << (shift - 1))
                if remainder > half || (remainder == half && scaled & 1 == 1) { scaled += 1 }
            }  // else the product is below half of 2^shift: 0
        }
        var text = value.sign == .minus ? "-" : ""
        text += String(scaled / scale)
        if digits > 0 {
            let fraction = String(scaled % scale)
            text += "." + String(repeating: "0", count: digits - fraction.count) + fraction
        }
        return text
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
        // Cut as bytes (the text is ASCII): a ledger of a month has hundreds of thousands of times.
        let written = Array(Timestamp.format(date).utf8)
        return String(decoding: written.prefix(10) + [UInt8(ascii: " ")] + written.dropFirst(11).prefix(5), as: UTF8.self)
    }

    /// The days a period covers, its end being the exclusive midnight after its last day: `2026-03-02`, or
    /// `2026-03-01 至 2026-03-31`.
    static func period(from start: Date, to end: Date) -> String {
        let first = BeijingTime.date(of: start)
        let last = max(first, BeijingTime.date(of: end.addingTimeInterval(-1)))
        return first == last ? first.description : "\(first) 至 \(last)"
    }
}
