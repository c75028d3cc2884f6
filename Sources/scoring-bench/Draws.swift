/// Reproducible choices for one ticket (SplitMix64 seeded with its number): every call of the benchmark makes the same
/// tickets, and a ticket's choices do not depend on which others were made before it.
struct Draws {
    private var state: UInt64

    init(_ seed: Int) { state = UInt64(bitPattern: Int64(seed)) &* 0xD1B5_4A32_D192_ED03 }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// 0 ..< `bound`.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

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
