import Foundation

/// A ticket's state as `TicketStates` stores it: its `Codable` members in a compact binary form. A state is read and
/// written whole on every message and every timer about the ticket, and `JSONEncoder` and `JSONDecoder` took more
/// than half of escalation's firing time; this form costs a fraction of that. A state stored as JSON before (its
/// first byte `{`) is still read, and written in this form the next time the ticket changes.
///
/// The first byte is `marker`; then the value. A value is a tag and its bytes: nil, false, true, an integer (zigzag
/// varint), a double (8 bytes, little-endian; a date is its `Codable` double), a string (varint length, UTF-8), or a
/// keyed or unkeyed container: its number of members (4 bytes, little-endian), then each member's name (as a
/// string's bytes, keyed only) and value. Members are named as in JSON, so a member added later is simply absent from
/// older states, and one removed is ignored.
package enum StateCoding {
    /// The first byte of a state in this form.
    static let marker: UInt8 = 0xB1

    /// The state in this form, written by the state itself when it is a `HandCodedState`.
    package static func encode<Value: Encodable>(_ value: Value) throws -> Data {
        if let handCoded = value as? any HandCodedState { return handCoded.stateData }
        return try encodeWithCodable(value)
    }

    /// The state from this form or from JSON; a `HandCodedState` reads this form itself when it is laid out as the
    /// state writes it, and through `Codable` otherwise.
    package static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
        if data.first == marker, let handCoded = type as? any HandCodedState.Type,
           let state = handCoded.readByHand(from: data) as? Value {
            return state
        }
        return try decodeWithCodable(type, from: data)
    }

    /// The state's `Codable` members in this form: what a `HandCodedState` must write byte for byte.
    package static func encodeWithCodable<Value: Encodable>(_ value: Value) throws -> Data {
        let writer = StateWriter()
        writer.out.bytes.append(marker)
        try writer.encode(value, depth: 0, path: nil)
        writer.close(downTo: 0)
        return Data(writer.out.bytes)
    }

    /// The state read through its `Codable` conformance, as any state not written by itself is.
    package static func decodeWithCodable<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
        guard data.first == marker else { return try JSONDecoder().decode(type, from: data) }
        return try StateReader(bytes: Array(data)).decode(type, at: 1, path: nil)
    }
}

/// Where a value sits in the state, for errors: made only for containers' members that are containers themselves,
/// and turned into a coding path only when asked.
private final class StatePath {
    let parent: StatePath?
    let key: any CodingKey

    init(_ parent: StatePath?, _ key: any CodingKey) {
        self.parent = parent
        self.key = key
    }

    static func keys(_ path: StatePath?) -> [any CodingKey] {
        var keys: [any CodingKey] = []
        var node = path
        while let current = node {
            keys.append(current.key)
            node = current.parent
        }
        return keys.reversed()
    }
}

/// The key of an element of an unkeyed container, for coding paths.
private struct StateIndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }

    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

// MARK: - Writing

/// The bytes written so far, and the containers still open. `Codable` does not say when a container is finished;
/// one is closed (its number of members written in the place kept for it) when something is written at its depth
/// or above, or at the end.
private final class StateWriter {
    // One writer serves one `encode` call on one thread: no access can overlap, so Swift's run-time exclusivity
    // checks (a tenth of the encoding's time) are left out.
    @exclusivity(unchecked) var out = StateBytes()
    /// The open containers, innermost last: the depth of their members, their number, where their count goes and
    /// their members so far.
    @exclusivity(unchecked) private var open: [(depth: Int, id: Int, countAt: Int, count: UInt32)] = []
    @exclusivity(unchecked) private var opened = 0

    func close(downTo depth: Int) {
        while let last = open.last, last.depth > depth {
            out.count(last.count, at: last.countAt)
            open.removeLast()
        }
    }

    /// Opens a container for a value at `depth`; returns its number, which its members are written under.
    func openContainer(_ tag: StateTag, depth: Int) -> Int {
        close(downTo: depth)
        opened += 1
        open.append((depth + 1, opened, out.openContainer(tag), 0))
        return opened
    }

    /// Makes ready to write a member of container `id`, whose members are at `depth`: containers opened inside its
    /// earlier members are closed, and the member counted. Throws when `id` itself was closed (containers used out
    /// of order).
    func member(of id: Int, depth: Int, path: @autoclosure () -> StatePath?) throws {
        close(downTo: depth)
        guard let last = open.indices.last, open[last].id == id else {
            throw EncodingError.invalidValue(
                id, .init(codingPath: StatePath.keys(path()), debugDescription: "a container written to after a later one"))
        }
        open[last].count += 1
    }

    func tag(_ tag: StateTag) { out.tag(tag) }
    func text(_ value: String) { out.text(value) }
    func string(_ value: String) { out.string(value) }
    func double(_ value: Double) { out.double(value) }

    func integer<Value: BinaryInteger>(_ value: Value, path: @autoclosure () -> StatePath?) throws {
        guard let value = Int64(exactly: value) else {
            throw EncodingError.invalidValue(
                value, .init(codingPath: StatePath.keys(path()), debugDescription: "beyond 64-bit integers"))
        }
        out.integer(value)
    }

    /// Writes `value` at `depth`: the common plain values directly, the others through their `encode(to:)`.
    func encode<Value: Encodable>(_ value: Value, depth: Int, path: @autoclosure () -> StatePath?) throws {
        if Value.self == String.self {
            string(unsafeBitCast(value, to: String.self))
        } else if Value.self == Int.self {
            try integer(unsafeBitCast(value, to: Int.self), path: path())
        } else if Value.self == Bool.self {
            tag(unsafeBitCast(value, to: Bool.self) ? .true : .false)
        } else if Value.self == Double.self {
            double(unsafeBitCast(value, to: Double.self))
        } else if Value.self == Date.self {
            double(unsafeBitCast(value, to: Date.self).timeIntervalSinceReferenceDate)
        } else {
            let start = out.bytes.count
            try value.encode(to: StateValueEncoder(writer: self, depth: depth, path: path()))
            close(downTo: depth)
            guard out.bytes.count > start else {
                throw EncodingError.invalidValue(
                    value, .init(codingPath: StatePath.keys(path()), debugDescription: "nothing encoded"))
            }
        }
    }
}

/// The encoder of one value: it opens one container, or writes one plain value.
private struct StateValueEncoder: Encoder, SingleValueEncodingContainer {
    let writer: StateWriter
    let depth: Int
    let path: StatePath?
    var codingPath: [any CodingKey] { StatePath.keys(path) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let id = writer.openContainer(.keyed, depth: depth)
        return KeyedEncodingContainer(StateKeyedEncoder(writer: writer, id: id, depth: depth + 1, path: path))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let id = writer.openContainer(.unkeyed, depth: depth)
        return StateUnkeyedEncoder(writer: writer, id: id, depth: depth + 1, path: path)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    func encodeNil() throws { writer.tag(.null) }
    func encode(_ value: Bool) throws { writer.tag(value ? .true : .false) }
    func encode(_ value: String) throws { writer.string(value) }
    func encode(_ value: Double) throws { writer.double(value) }
    func encode(_ value: Float) throws { writer.double(Double(value)) }
    func encode(_ value: Int) throws { try writer.integer(value, path: path) }
    func encode(_ value: Int8) throws { try writer.integer(value, path: path) }
    func encode(_ value: Int16) throws { try writer.integer(value, path: path) }
    func encode(_ value: Int32) throws { try writer.integer(value, path: path) }
    func encode(_ value: Int64) throws { try writer.integer(value, path: path) }
    func encode(_ value: UInt) throws { try writer.integer(value, path: path) }
    func encode(_ value: UInt8) throws { try writer.integer(value, path: path) }
    func encode(_ value: UInt16) throws { try writer.integer(value, path: path) }
    func encode(_ value: UInt32) throws { try writer.integer(value, path: path) }
    func encode(_ value: UInt64) throws { try writer.integer(value, path: path) }
    func encode<T: Encodable>(_ value: T) throws { try writer.encode(value, depth: depth, path: path) }
}

/// The members of a keyed container, each its name and its value.
private struct StateKeyedEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: StateWriter
    let id: Int
    let depth: Int
    let path: StatePath?
    var codingPath: [any CodingKey] { StatePath.keys(path) }

    private func name(_ key: Key) throws {
        try writer.member(of: id, depth: depth, path: StatePath(path, key))
        writer.text(key.stringValue)
    }

    mutating func encodeNil(forKey key: Key) throws {
        try name(key)
        writer.tag(.null)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try name(key)
        try writer.encode(value, depth: depth, path: StatePath(path, key))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        // Misuse (writing to this container after a later one) is reported by the next member's write.
        try? name(key)
        return StateValueEncoder(writer: writer, depth: depth, path: StatePath(path, key)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        try? name(key)
        return StateValueEncoder(writer: writer, depth: depth, path: StatePath(path, key)).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        try? writer.member(of: id, depth: depth, path: path)
        writer.text("super")
        return StateValueEncoder(writer: writer, depth: depth, path: path)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        try? name(key)
        return StateValueEncoder(writer: writer, depth: depth, path: StatePath(path, key))
    }
}

/// The elements of an unkeyed container, in order.
private struct StateUnkeyedEncoder: UnkeyedEncodingContainer {
    let writer: StateWriter
    let id: Int
    let depth: Int
    let path: StatePath?
    private(set) var count = 0
    var codingPath: [any CodingKey] { StatePath.keys(path) }

    init(writer: StateWriter, id: Int, depth: Int, path: StatePath?) {
        self.writer = writer
        self.id = id
        self.depth = depth
        self.path = path
    }

    /// Counts the next element; returns its path.
    private mutating func element() throws -> StatePath {
        let elementPath = StatePath(path, StateIndexKey(count))
        try writer.member(of: id, depth: depth, path: elementPath)
        count += 1
        return elementPath
    }

    mutating func encodeNil() throws {
        _ = try element()
        writer.tag(.null)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let elementPath = try element()
        try writer.encode(value, depth: depth, path: elementPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        StateValueEncoder(writer: writer, depth: depth, path: (try? element()) ?? path).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        StateValueEncoder(writer: writer, depth: depth, path: (try? element()) ?? path).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        StateValueEncoder(writer: writer, depth: depth, path: (try? element()) ?? path)
    }
}

// MARK: - Reading

/// The bytes of a state, and the reading of one value at a position.
final class StateReader {
    let bytes: [UInt8]

    init(bytes: [UInt8]) { self.bytes = bytes }

    fileprivate func corrupt(_ path: StatePath?, _ description: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: StatePath.keys(path), debugDescription: description))
    }

    fileprivate func mismatch(_ type: Any.Type, at position: Int, path: StatePath?) -> DecodingError {
        .typeMismatch(type, .init(codingPath: StatePath.keys(path), debugDescription: "not a \(type) at byte \(position)"))
    }

    fileprivate func tag(at position: Int, path: @autoclosure () -> StatePath?) throws -> StateTag {
        guard position < bytes.count, let tag = StateTag(rawValue: bytes[position]) else {
            throw corrupt(path(), "no value at byte \(position)")
        }
        return tag
    }

    func varint(at position: inout Int) throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while position < bytes.count, shift < 64 {
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        throw corrupt(nil, "a number runs past the state")
    }

    /// The range of the text (a name or a string's bytes) at `position`, which moves past it.
    func text(at position: inout Int) throws -> Range<Int> {
        let count = try varint(at: &position)
        guard count <= UInt64(bytes.count - position) else { throw corrupt(nil, "a text runs past the state") }
        defer { position += Int(count) }
        return position..<(position + Int(count))
    }

    /// The string whose bytes (after its tag) are at `position`, which moves past them.
    func string(at position: inout Int) throws -> String {
        String(decoding: bytes[try text(at: &position)], as: UTF8.self)
    }

    /// The integer whose varint (after its tag) is at `position`, which moves past it.
    func zigzag(at position: inout Int) throws -> Int64 {
        let zigzag = try varint(at: &position)
        return Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1)
    }

    /// The double whose 8 bytes (after its tag) are at `position`.
    func double(at position: Int) throws -> Double {
        guard position + 8 <= bytes.count else { throw corrupt(nil, "a double runs past the state") }
        var pattern: UInt64 = 0
        for index in 0..<8 { pattern |= UInt64(bytes[position + index]) << (8 * UInt64(index)) }
        return Double(bitPattern: pattern)
    }

    /// The number of members of the container whose count (after its tag) is at `position`.
    func count(at position: Int) throws -> Int {
        guard position + 4 <= bytes.count else { throw corrupt(nil, "a container runs past the state") }
        var count = 0
        for index in 0..<4 { count |= Int(bytes[position + index]) << (8 * index) }
        return count
    }

    /// Where the value at `position` ends.
    func end(of position: Int) throws -> Int {
        var position = position
        switch try tag(at: position, path: nil) {
        case .null, .false, .true: return position + 1
        case .integer:
            position += 1
            _ = try varint(at: &position)
            return position
        case .double:
            guard position + 9 <= bytes.count else { throw corrupt(nil, "a double runs past the state") }
            return position + 9
        case .string:
            position += 1
            _ = try text(at: &position)
            return position
        case .keyed, .unkeyed:
            return try forEachMember(at: position, path: nil) { _, _ in }
        }
    }

    /// Calls `body` with each member of the container at `position`: its name (empty in an unkeyed container) and
    /// where its value starts. Returns where the container ends.
    @discardableResult
    fileprivate func forEachMember(
        at position: Int, path: @autoclosure () -> StatePath?, _ body: (Range<Int>, Int) throws -> Void
    ) throws -> Int {
        let keyed = try tag(at: position, path: path()) == .keyed
        let count = try count(at: position + 1)
        var position = position + 5
        for _ in 0..<count {
            let name = keyed ? try text(at: &position) : position..<position
            try body(name, position)
            position = try end(of: position)
        }
        return position
    }

    /// The members of the container at `position`, which must be keyed (or unkeyed).
    fileprivate func members(at position: Int, keyed: Bool, path: StatePath?) throws -> [(name: Range<Int>, value: Int)] {
        guard try tag(at: position, path: path) == (keyed ? .keyed : .unkeyed) else {
            throw mismatch(keyed ? [String: Any].self : [Any].self, at: position, path: path)
        }
        var members: [(name: Range<Int>, value: Int)] = []
        try forEachMember(at: position, path: path) { name, value in members.append((name, value)) }
        return members
    }

    fileprivate func integer<Value: FixedWidthInteger>(_ type: Value.Type, at position: Int, path: StatePath?) throws -> Value {
        guard try tag(at: position, path: path) == .integer else { throw mismatch(type, at: position, path: path) }
        var position = position + 1
        let value = try zigzag(at: &position)
        guard let exact = Value(exactly: value) else { throw corrupt(path, "\(value) does not fit \(type)") }
        return exact
    }

    fileprivate func double(at position: Int, path: StatePath?) throws -> Double {
        switch try tag(at: position, path: path) {
        case .double:
            return try double(at: position + 1)
        case .integer:
            return Double(try integer(Int64.self, at: position, path: path))
        default:
            throw mismatch(Double.self, at: position, path: path)
        }
    }

    fileprivate func string(at position: Int, path: StatePath?) throws -> String {
        guard try tag(at: position, path: path) == .string else { throw mismatch(String.self, at: position, path: path) }
        var position = position + 1
        return try string(at: &position)
    }

    fileprivate func bool(at position: Int, path: StatePath?) throws -> Bool {
        switch try tag(at: position, path: path) {
        case .true: return true
        case .false: return false
        default: throw mismatch(Bool.self, at: position, path: path)
        }
    }

    /// Reads the value at `position` as `type`: the common plain values directly, the others through their
    /// `init(from:)`.
    fileprivate func decode<Value: Decodable>(
        _ type: Value.Type, at position: Int, path: @autoclosure () -> StatePath?
    ) throws -> Value {
        if type == String.self { return unsafeBitCast(try string(at: position, path: path()), to: Value.self) }
        if type == Int.self { return unsafeBitCast(try integer(Int.self, at: position, path: path()), to: Value.self) }
        if type == Bool.self { return unsafeBitCast(try bool(at: position, path: path()), to: Value.self) }
        if type == Double.self { return unsafeBitCast(try double(at: position, path: path()), to: Value.self) }
        if type == Date.self {
            let date = Date(timeIntervalSinceReferenceDate: try double(at: position, path: path()))
            return unsafeBitCast(date, to: Value.self)
        }
        return try Value(from: StateValueDecoder(reader: self, position: position, path: path()))
    }
}

/// The decoder of the value at one position.
private struct StateValueDecoder: Decoder, SingleValueDecodingContainer {
    let reader: StateReader
    let position: Int
    let path: StatePath?
    var codingPath: [any CodingKey] { StatePath.keys(path) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(try StateKeyedDecoder<Key>(reader: reader, position: position, path: path))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try StateUnkeyedDecoder(reader: reader, position: position, path: path)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { (try? reader.tag(at: position, path: path)) == .null }
    func decode(_ type: Bool.Type) throws -> Bool { try reader.bool(at: position, path: path) }
    func decode(_ type: String.Type) throws -> String { try reader.string(at: position, path: path) }
    func decode(_ type: Double.Type) throws -> Double { try reader.double(at: position, path: path) }
    func decode(_ type: Float.Type) throws -> Float { Float(try reader.double(at: position, path: path)) }
    func decode(_ type: Int.Type) throws -> Int { try reader.integer(type, at: position, path: path) }
    func decode(_ type: Int8.Type) throws -> Int8 { try reader.integer(type, at: position, path: path) }
    func decode(_ type: Int16.Type) throws -> Int16 { try reader.integer(type, at: position, path: path) }
    func decode(_ type: Int32.Type) throws -> Int32 { try reader.integer(type, at: position, path: path) }
    func decode(_ type: Int64.Type) throws -> Int64 { try reader.integer(type, at: position, path: path) }
    func decode(_ type: UInt.Type) throws -> UInt { try reader.integer(type, at: position, path: path) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try reader.integer(type, at: position, path: path) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try reader.integer(type, at: position, path: path) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try reader.integer(type, at: position, path: path) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try reader.integer(type, at: position, path: path) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try reader.decode(type, at: position, path: path) }
}

/// A keyed container's members, looked up by name in the order they were written, which is the order a type's
/// `init(from:)` usually asks for them: each lookup starts after the previous one's member.
private struct StateKeyedDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let reader: StateReader
    let path: StatePath?
    private let members: [(name: Range<Int>, value: Int)]
    private let cursor = Cursor()
    var codingPath: [any CodingKey] { StatePath.keys(path) }

    private final class Cursor { @exclusivity(unchecked) var next = 0 }

    init(reader: StateReader, position: Int, path: StatePath?) throws {
        self.reader = reader
        self.path = path
        members = try reader.members(at: position, keyed: true, path: path)
    }

    var allKeys: [Key] {
        members.compactMap { Key(stringValue: String(decoding: reader.bytes[$0.name], as: UTF8.self)) }
    }

    /// Where the value of `key` starts, or nil when the state has no such member.
    private func value(of key: Key) -> Int? {
        var name = key.stringValue
        return name.withUTF8 { wanted in
            reader.bytes.withUnsafeBufferPointer { bytes in
                for offset in 0..<members.count {
                    let index = (cursor.next + offset) % members.count
                    let range = members[index].name
                    if range.count == wanted.count,
                       wanted.isEmpty || memcmp(bytes.baseAddress! + range.lowerBound, wanted.baseAddress!, wanted.count) == 0 {
                        cursor.next = index + 1
                        return members[index].value
                    }
                }
                return nil
            }
        }
    }

    private func required(_ key: Key) throws -> Int {
        guard let position = value(of: key) else {
            throw DecodingError.keyNotFound(
                key, .init(codingPath: codingPath, debugDescription: "no member \(key.stringValue)"))
        }
        return position
    }

    func contains(_ key: Key) -> Bool { value(of: key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        try reader.tag(at: try required(key), path: StatePath(path, key)) == .null
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try reader.decode(type, at: try required(key), path: StatePath(path, key))
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try decoder(for: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder(for: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        guard let key = Key(stringValue: "super") else {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "no super member"))
        }
        return try decoder(for: key)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder { try decoder(for: key) }

    private func decoder(for key: Key) throws -> StateValueDecoder {
        StateValueDecoder(reader: reader, position: try required(key), path: StatePath(path, key))
    }
}

/// An unkeyed container's elements, in order.
private struct StateUnkeyedDecoder: UnkeyedDecodingContainer {
    let reader: StateReader
    let path: StatePath?
    private let elements: [Int]
    private(set) var currentIndex = 0
    var codingPath: [any CodingKey] { StatePath.keys(path) }

    init(reader: StateReader, position: Int, path: StatePath?) throws {
        self.reader = reader
        self.path = path
        elements = try reader.members(at: position, keyed: false, path: path).map(\.value)
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    /// The next element's position and path.
    private mutating func next() throws -> (position: Int, path: StatePath) {
        let elementPath = StatePath(path, StateIndexKey(currentIndex))
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                Any.self, .init(codingPath: StatePath.keys(elementPath), debugDescription: "past the last element"))
        }
        defer { currentIndex += 1 }
        return (elements[currentIndex], elementPath)
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, try reader.tag(at: elements[currentIndex], path: path) == .null else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let (position, elementPath) = try next()
        return try reader.decode(type, at: position, path: elementPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let (position, elementPath) = try next()
        return try StateValueDecoder(reader: reader, position: position, path: elementPath).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let (position, elementPath) = try next()
        return try StateValueDecoder(reader: reader, position: position, path: elementPath).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        let (position, elementPath) = try next()
        return StateValueDecoder(reader: reader, position: position, path: elementPath)
    }
}
