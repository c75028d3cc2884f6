/// A trie over the model's normalised phrases, so one pass over a ticket's text finds every phrase occurrence
/// without searching the text once per phrase (there are over a thousand phrases and intake classifies thousands
/// of tickets a second).
///
/// From each position of the text the trie is walked scalar by scalar until no phrase continues; every node passed
/// that ends a phrase is an occurrence. The cost is about the text's length times the usual walk depth (one or two
/// scalars), whatever the number of phrases.
///
/// Phrases are added to a `Builder`; the finished trie is flat arrays: the first step is one index into a table
/// over the Basic Multilingual Plane (where all Chinese text lives), and deeper nodes keep their few children
/// sorted side by side. This avoids hashing on every step, which made matching several times slower.
struct PhraseTrie: Sendable {
    /// Collects spellings; `build()` turns them into the matcher.
    struct Builder {
        private var children: [[UInt32: Int32]] = [[:]]
        private var terminals: [Int32] = [-1]
        /// How many distinct spellings were added; spellings are numbered 0..<count in insertion order.
        private(set) var count = 0

        /// Adds a spelling and returns its number; a spelling already present keeps its number.
        mutating func insert(_ scalars: [Unicode.Scalar]) -> Int {
            var node = 0
            for scalar in scalars {
                if let child = children[node][scalar.value] {
                    node = Int(child)
                } else {
                    children.append([:])
                    terminals.append(-1)
                    let child = children.count - 1
                    children[node][scalar.value] = Int32(child)
                    node = child
                }
            }
            if terminals[node] < 0 {
                terminals[node] = Int32(count)
                count += 1
            }
            return Int(terminals[node])
        }

        /// The flat, read-only trie.
        func build() -> PhraseTrie {
            var trie = PhraseTrie()
            trie.terminals = terminals
            trie.firstStep = [Int32](repeating: -1, count: PhraseTrie.firstStepSize)
            trie.childStart = [Int32](repeating: 0, count: children.count)
            trie.childCount = [Int32](repeating: 0, count: children.count)
            for (node, map) in children.enumerated() {
                let sorted = map.sorted { $0.key < $1.key }
                trie.childStart[node] = Int32(trie.childScalars.count)
                trie.childCount[node] = Int32(sorted.count)
                trie.childScalars.append(contentsOf: sorted.map(\.key))
                trie.childNodes.append(contentsOf: sorted.map(\.value))
            }
            for (scalar, child) in children[0] where Int(scalar) < PhraseTrie.firstStepSize {
                trie.firstStep[Int(scalar)] = child
            }
            return trie
        }
    }

    /// An occurrence: the spelling found and the half-open range of text scalars it covers.
    struct Occurrence: Sendable {
        var spelling: Int
        var start: Int
        var end: Int
    }

    /// Scalars below this are looked up in `firstStep` directly.
    private static let firstStepSize = 0x10000

    private var terminals: [Int32] = [-1]
    private var firstStep: [Int32] = []
    private var childStart: [Int32] = [0]
    private var childCount: [Int32] = [0]
    private var childScalars: [UInt32] = []
    private var childNodes: [Int32] = []

    /// Every occurrence of every spelling in `text`, by start then length; overlapping occurrences are all reported.
    func occurrences(in text: [Unicode.Scalar]) -> [Occurrence] {
        var found: [Occurrence] = []
        for start in text.indices { walk(text, from: start) { found.append($0) } }
        return found
    }

    /// The longest spelling that starts at `start` in `text`, or nil: for converting text left to right where the
    /// longest match wins (`ScriptFolding`).
    func longestMatch(in text: [Unicode.Scalar], from start: Int) -> Occurrence? {
        var longest: Occurrence?
        walk(text, from: start) { longest = $0 }
        return longest
    }

    /// Walks down the trie from `start` until no spelling continues, handing `found` every spelling that ends on the
    /// way, shortest first.
    @inline(__always)
    private func walk(_ text: [Unicode.Scalar], from start: Int, _ found: (Occurrence) -> Void) {
        var node = Int(step(from: 0, by: text[start].value))
        var position = start + 1
        while node >= 0 {
            let terminal = terminals[node]
            if terminal >= 0 { found(Occurrence(spelling: Int(terminal), start: start, end: position)) }
            guard position < text.endIndex else { break }
            node = Int(step(from: node, by: text[position].value))
            position += 1
        }
    }

    /// The child of `node` along `scalar`, or -1.
    @inline(__always)
    private func step(from node: Int, by scalar: UInt32) -> Int32 {
        if node == 0 && Int(scalar) < Self.firstStepSize { return firstStep[Int(scalar)] }
        var low = Int(childStart[node])
        var high = low + Int(childCount[node])
        while low < high {
            let middle = (low + high) / 2
            let value = childScalars[middle]
            if value == scalar { return childNodes[middle] }
            if value < scalar { low = middle + 1 } else { high = middle }
        }
        return -1
    }
}
