import Foundation

/// Reads a `HandCodedState` from `StateCoding`'s form, member after member in the order the state writes them.
/// Anything else (a member under another name, out of order, of another kind, or one more than the state reads)
/// throws `Unexpected`, and the state is read through `Codable`, which reads any layout.
///
/// An optional member is read as `has(name) ? value : nil`: an optional of a generic type would cost a look-up of
/// its metadata on each call from another module (see `StateWriting`). A member `Codable` wrote as null is not one
/// the state writes, so its value does not read, and the state is read through `Codable`.
package struct StateReading {
    /// The bytes are not laid out as the state writes them.
    package struct Unexpected: Error {}

    let reader: StateReader
    var position: Int
    /// The members not yet read of the keyed container being read.
    private var remaining = 0

    init(reader: StateReader, position: Int) {
        self.reader = reader
        self.position = position
    }

    /// Whether the whole state was read.
    var isAtEnd: Bool { position == reader.bytes.count }

    private mutating func expect(_ tag: StateTag) throws {
        guard position < reader.bytes.count, reader.bytes[position] == tag.rawValue else { throw Unexpected() }
        position += 1
    }

    private mutating func containerCount(_ tag: StateTag) throws -> Int {
        try expect(tag)
        let count = try reader.count(at: position)
        position += 4
        return count
    }

    package mutating func object<Value>(_ read: (inout StateReading) throws -> Value) throws -> Value {
        let outer = remaining
        remaining = try containerCount(.keyed)
        let value = try read(&self)
        guard remaining == 0 else { throw Unexpected() }
        remaining = outer
        return value
    }

    package mutating func array<Element>(_ read: (inout StateReading) throws -> Element) throws -> [Element] {
        let count = try containerCount(.unkeyed)
        var elements: [Element] = []
        elements.reserveCapacity(count)
        for _ in 0..<count { elements.append(try read(&self)) }
        return elements
    }

    /// Whether the next member is `name`; if so, its value is next.
    package mutating func has(_ name: StaticString) throws -> Bool {
        guard remaining > 0 else { return false }
        var after = position
        let range = try reader.text(at: &after)
        guard range.count == name.utf8CodeUnitCount,
              reader.bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress! + range.lowerBound, name.utf8Start, range.count) }) == 0
        else { return false }
        position = after
        remaining -= 1
        return true
    }

    /// Moves to the value of the member `name`, which must be next.
    package mutating func member(_ name: StaticString) throws {
        guard try has(name) else { throw Unexpected() }
    }

    package mutating func string() throws -> String {
        try expect(.string)
        return try reader.string(at: &position)
    }

    package mutating func integer() throws -> Int {
        try expect(.integer)
        guard let value = Int(exactly: try reader.zigzag(at: &position)) else { throw Unexpected() }
        return value
    }

    package mutating func bool() throws -> Bool {
        guard position < reader.bytes.count else { throw Unexpected() }
        let tag = reader.bytes[position]
        guard tag == StateTag.true.rawValue || tag == StateTag.false.rawValue else { throw Unexpected() }
        position += 1
        return tag == StateTag.true.rawValue
    }

    package mutating func date() throws -> Date {
        try expect(.double)
        defer { position += 8 }
        return Date(timeIntervalSinceReferenceDate: try reader.double(at: position))
    }

    package mutating func value<Value: RawRepresentable>(_ type: Value.Type = Value.self) throws -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: try string()) else { throw Unexpected() }
        return value
    }
}

extension StateReading {
    /// The value of the member `name`, which must be next, read by `read`.
    private mutating func member<Value>(_ name: StaticString, _ read: (inout StateReading) throws -> Value) throws -> Value {
        try member(name)
        return try read(&self)
    }

    package mutating func string(_ name: StaticString) throws -> String { try member(name) { try $0.string() } }
    package mutating func integer(_ name: StaticString) throws -> Int { try member(name) { try $0.integer() } }
    package mutating func bool(_ name: StaticString) throws -> Bool { try member(name) { try $0.bool() } }
    package mutating func date(_ name: StaticString) throws -> Date { try member(name) { try $0.date() } }

    package mutating func value<Value: RawRepresentable>(_ name: StaticString, as type: Value.Type = Value.self) throws -> Value
    where Value.RawValue == String {
        try member(name) { try $0.value(type) }
    }

    package mutating func value<Value: HandCodedValue>(_ name: StaticString, as type: Value.Type = Value.self) throws -> Value {
        try member(name) { try Value(reading: &$0) }
    }

    package mutating func array<Element: HandCodedValue>(_ name: StaticString, of type: Element.Type = Element.self) throws -> [Element] {
        try member(name) { try $0.array { try Element(reading: &$0) } }
    }
}
