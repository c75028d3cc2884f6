import Foundation
@testable import ScoringReports
import Testing

/// `Display.fixed` writes numbers in integers instead of through the C formatter: it must write what the formatter
/// writes, ties and signs included.
@Suite struct DisplayNumberTests {
    @Test func fixedIsWhatPrintfWrites() {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [
            0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, -0.125, 1.005, 1.015, 0.285, 2.675, 1e-3, 5e-4, -5e-4, 0.0049999,
            0x1p-60, 0x1p-61, 0x1p52 + 0.5, 0x1p53 - 1, 123_456.785, 1_000, -12.2, 0.666_666_5, 100 * 0.666_667,
        ]
        for _ in 0..<20_000 {
            let digits = Double(Int.random(in: 0...6, using: &generator))
            values.append(Double.random(in: -1e6...1e6, using: &generator).rounded(.towardZero) / pow(10, digits))
            values.append(Double.random(in: -2...2, using: &generator))
            values.append(Double(Int.random(in: -100_000...100_000, using: &generator)) / 8)  // exact ties
            values.append(Double(bitPattern: UInt64.random(in: 0...UInt64.max, using: &generator)))
        }
        for value in values where value.isFinite {
            for digits in 0...4 {
                #expect(Display.fixed(value, digits: digits) == String(format: "%.\(digits)f", value), "\(value) \(digits)")
            }
        }
    }
}
