import TestFixtures

/// Reproducible choices for one ticket (SplitMix64 seeded with its number): every call of the benchmark makes the same
/// tickets, and a ticket's choices do not depend on which others were made before it.
struct Draws {
    private var generator: SeededGenerator

    init(_ seed: Int) { generator = SeededGenerator(seed: UInt64(bitPattern: Int64(seed)) &* 0xD1B5_4A32_D192_ED03) }

    /// 0 ..< `bound`.
    mutating func below(_ bound: Int) -> Int { generator.below(bound) }

    /// A whole number of seconds in `range`.
    mutating func seconds(_ range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }

    /// True `percent` times in a hundred.
    mutating func chance(_ percent: Double) -> Bool { Double(below(1_000_000)) < percent * 10_000 }

    /// One of `choices`, each as often as its weight says.
    mutating func pick<Choice>(_ choices: [(Choice, Int)]) -> Choice {
        var left = below(choices.reduce(0) { $0 + $1.1 })
        for (choice, weight) in choices {
            if left < weight { return choice }
            left -= weight
        }
        return choices[choices.count - 1].0
    }
}
