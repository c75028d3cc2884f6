/// The kinds of value in `StateCoding`'s form, as their first byte.
enum StateTag: UInt8 {
    case null, `false`, `true`, integer, double, string, keyed, unkeyed
}

/// A state's bytes as they are written, value by value: what the `Codable` writer and a state's own writer
/// (`StateWriting`) both write with, so the two cannot drift apart.
struct StateBytes {
    var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(512) }

    mutating func tag(_ tag: StateTag) { bytes.append(tag.rawValue) }

    mutating func varint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// A name, or a string's bytes: its length, then its UTF-8.
    mutating func text(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            varint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func string(_ value: String) {
        tag(.string)
        text(value)
    }

    mutating func integer(_ value: Int64) {
        tag(.integer)
        varint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    mutating func double(_ value: Double) {
        tag(.double)
        var pattern = value.bitPattern
        for _ in 0..<8 {
            bytes.append(UInt8(truncatingIfNeeded: pattern))
            pattern >>= 8
        }
    }

    /// Starts a container: its tag and the place of its number of members, which `count(_:at:)` fills in once known.
    /// Returns that place.
    mutating func openContainer(_ tag: StateTag) -> Int {
        self.tag(tag)
        let countAt = bytes.count
        bytes.append(contentsOf: [0, 0, 0, 0])
        return countAt
    }

    mutating func count(_ count: UInt32, at countAt: Int) {
        for index in 0..<4 { bytes[countAt + index] = UInt8(truncatingIfNeeded: count >> (8 * index)) }
    }
}
