import Foundation

/// Reads a state written by `StateEncoder`, straight from its bytes: an object's members are found by scanning its
/// keys, values are skipped by their lengths, and nothing is parsed that the type does not ask for.
///
/// Members the type does not know are skipped, and optional ones that are missing read as nil, as with JSON. A path
/// is written into an error only on its way out, member by member: building one for every member would cost more
/// than reading it.
struct StateDecoder {
    static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
        let reader = StateReader(bytes: [UInt8](data))
        guard reader.bytes.first == StateFormat.version else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: [], debugDescription: "not a state of version \(StateFormat.version)"))
        }
        try reader.checkBounds(of: 1)
        return try reader.decode(type, at: 1)
    }
}

/// The bytes of one state and the reading of its values; offsets point at a value's tag.
private final class StateReader {
    typealias Tag = StateFormat.Tag
    let bytes: [UInt8]

    init(bytes: [UInt8]) { self.bytes = bytes }

    func decode<T: Decodable>(_ type: T.Type, at offset: Int) throws -> T {
        // Metatype comparisons, not casts, as in the encoder.
        if T.self == Date.self { return Date(timeIntervalSinceReferenceDate: try double(at: offset)) as! T }
        if T.self == String.self { return try string(at: offset) as! T }
        return try T(from: StateValueDecoder(reader: self, offset: offset))
    }

    func tag(at offset: Int) throws -> Tag {
        guard offset < bytes.count, let tag = Tag(rawValue: bytes[offset]) else { throw Self.corrupt("no value at \(offset)") }
        return tag
    }

    func isNull(at offset: Int) throws -> Bool { try tag(at: offset) == .null }

    /// Where the value at `offset` ends, checked against the end of the bytes.
    func end(of offset: Int) throws -> Int {
        let end: Int = switch try tag(at: offset) {
        case .null, .false, .true: offset + 1
        case .int, .uint, .double: offset + 9
        case .string, .array, .object: offset + 5 + Int(try length(at: offset + 1))
        }
        guard end <= bytes.count else { throw Self.corrupt("a value at \(offset) runs past the end") }
        return end
    }

    /// Checks that the value at `offset` and everything in it lies within the bytes, once, before reading: the
    /// reads after it need no bounds of their own.
    func checkBounds(of offset: Int) throws {
        let end = try end(of: offset)
        switch try tag(at: offset) {
        case .array:
            var cursor = offset + 5
            while cursor < end {
                try checkBounds(of: cursor)
                cursor = try self.end(of: cursor)
            }
        case .object:
            var cursor = offset + 5
            while cursor < end {
                let value = cursor + 4 + Int(try length(at: cursor))
                try checkBounds(of: value)
                cursor = try self.end(of: value)
            }
            guard cursor == end else { throw Self.corrupt("an object at \(offset) ends inside a member") }
        default:
            break
        }
    }

    private func length(at offset: Int) throws -> UInt32 {
        guard offset + 4 <= bytes.count else { throw Self.corrupt("a length at \(offset) runs past the end") }
        return fixed(UInt32.self, at: offset)
    }

    func fixed<Number: FixedWidthInteger>(_ type: Number.Type, at offset: Int) -> Number {
        Number(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: Number.self) })
    }

    func bool(at offset: Int) throws -> Bool {
        switch try tag(at: offset) {
        case .false: false
        case .true: true
        default: throw try mismatch(Bool.self, at: offset)
        }
    }

    func string(at offset: Int) throws -> String {
        guard try tag(at: offset) == .string else { throw try mismatch(String.self, at: offset) }
        let start = offset + 5
        return String(decoding: bytes[start..<(start + Int(fixed(UInt32.self, at: offset + 1)))], as: UTF8.self)
    }

    func double(at offset: Int) throws -> Double {
        switch try tag(at: offset) {
        case .double: Double(bitPattern: fixed(UInt64.self, at: offset + 1))
        case .int: Double(Int64(bitPattern: fixed(UInt64.self, at: offset + 1)))
        case .uint: Double(fixed(UInt64.self, at: offset + 1))
        default: throw try mismatch(Double.self, at: offset)
        }
    }

    func float(at offset: Int) throws -> Float { Float(try double(at: offset)) }

    func integer<Number: FixedWidthInteger>(_ type: Number.Type, at offset: Int) throws -> Number {
        let number: Number? = switch try tag(at: offset) {
        case .int: Number(exactly: Int64(bitPattern: fixed(UInt64.self, at: offset + 1)))
        case .uint: Number(exactly: fixed(UInt64.self, at: offset + 1))
        default: throw try mismatch(Number.self, at: offset)
        }
        guard let number else { throw Self.corrupt("the number at \(offset) does not fit \(Number.self)") }
        return number
    }

    func mismatch<T>(_ type: T.Type, at offset: Int) throws -> DecodingError {
        .typeMismatch(type, .init(codingPath: [], debugDescription: "expected \(type), found \(try tag(at: offset))"))
    }

    static func corrupt(_ message: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: [], debugDescription: message))
    }
}

/// Runs `read`, putting `key` in front of the path of a decoding error that passes out of it.
private func reading<T>(_ key: any CodingKey, _ read: () throws -> T) throws -> T {
    do {
        return try read()
    } catch let error as DecodingError {
        throw error.under(key)
    }
}

extension DecodingError {
    /// The same error, one step deeper: `key` in front of its path.
    fileprivate func under(_ key: any CodingKey) -> DecodingError {
        func deeper(_ context: Context) -> Context {
            Context(codingPath: [key] + context.codingPath, debugDescription: context.debugDescription,
                    underlyingError: context.underlyingError)
        }
        return switch self {
        case .typeMismatch(let type, let context): .typeMismatch(type, deeper(context))
        case .valueNotFound(let type, let context): .valueNotFound(type, deeper(context))
        case .keyNotFound(let missing, let context): .keyNotFound(missing, deeper(context))
        case .dataCorrupted(let context): .dataCorrupted(deeper(context))
        @unknown default: self
        }
    }
}

private struct StateValueDecoder: Decoder {
    let reader: StateReader
    let offset: Int
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard try reader.tag(at: offset) == .object else { throw try reader.mismatch([String: Any].self, at: offset) }
        return KeyedDecodingContainer(StateKeyedDecodingContainer<Key>(reader: reader, offset: offset))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard try reader.tag(at: offset) == .array else { throw try reader.mismatch([Any].self, at: offset) }
        return StateUnkeyedDecodingContainer(reader: reader, offset: offset)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        StateSingleValueDecodingContainer(reader: reader, offset: offset)
    }
}

private struct StateKeyedDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let reader: StateReader
    var codingPath: [any CodingKey] { [] }
    /// Each member: where its key's bytes start, how many there are, where its value starts.
    private let members: [(key: Int, count: Int, value: Int)]

    init(reader: StateReader, offset: Int) {
        self.reader = reader
        // The bounds were checked before reading began.
        var members: [(key: Int, count: Int, value: Int)] = []
        let end = offset + 5 + Int(reader.fixed(UInt32.self, at: offset + 1))
        var cursor = offset + 5
        while cursor < end {
            let count = Int(reader.fixed(UInt32.self, at: cursor))
            members.append((cursor + 4, count, cursor + 4 + count))
            cursor = (try? reader.end(of: cursor + 4 + count)) ?? end
        }
        self.members = members
    }

    var allKeys: [Key] {
        members.compactMap { member in
            Key(stringValue: String(decoding: reader.bytes[member.key..<(member.key + member.count)], as: UTF8.self))
        }
    }

    /// Where the value of `key` starts; nil when the state has no such member.
    private func offset(of key: Key) -> Int? {
        var name = key.stringValue
        return name.withUTF8 { name in
            reader.bytes.withUnsafeBytes { bytes in
                members.first { member in
                    member.count == name.count
                        && (name.isEmpty || memcmp(bytes.baseAddress! + member.key, name.baseAddress!, name.count) == 0)
                }?.value
            }
        }
    }

    private func value(of key: Key) throws -> Int {
        guard let offset = offset(of: key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: [], debugDescription: "the state has no \(key.stringValue)"))
        }
        return offset
    }

    private func read<T>(_ key: Key, _ read: (Int) throws -> T) throws -> T {
        try reading(key) { try read(try value(of: key)) }
    }

    func contains(_ key: Key) -> Bool { offset(of: key) != nil }
    func decodeNil(forKey key: Key) throws -> Bool { try read(key, reader.isNull) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try read(key, reader.bool) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try read(key, reader.string) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try read(key, reader.double) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try read(key, reader.float) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try read(key) { try reader.integer(type, at: $0) } }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try read(key) { try reader.integer(type, at: $0) } }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try read(key) { try reader.integer(type, at: $0) } }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try read(key) { try reader.integer(type, at: $0) } }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try read(key) { try reader.integer(type, at: $0) } }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try read(key) { try reader.integer(type, at: $0) } }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try read(key) { try reader.integer(type, at: $0) } }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try read(key) { try reader.integer(type, at: $0) } }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try read(key) { try reader.integer(type, at: $0) } }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try read(key) { try reader.integer(type, at: $0) } }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try read(key) { try reader.decode(type, at: $0) } }

    // The synthesized `init(from:)` reads every optional member this way: one scan for the key, not two.
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        guard let offset = offset(of: key), try !reader.isNull(at: offset) else { return nil }
        return try reading(key) { try reader.string(at: offset) }
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let offset = offset(of: key), try !reader.isNull(at: offset) else { return nil }
        return try reading(key) { try reader.decode(type, at: offset) }
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try read(key) { try StateValueDecoder(reader: reader, offset: $0).container(keyedBy: type) }
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try read(key) { try StateValueDecoder(reader: reader, offset: $0).unkeyedContainer() }
    }

    func superDecoder() throws -> any Decoder {
        guard let offset = members.first(where: { member in
            String(decoding: reader.bytes[member.key..<(member.key + member.count)], as: UTF8.self) == "super"
        })?.value else {
            throw DecodingError.valueNotFound(
                (any Decoder).self, .init(codingPath: [], debugDescription: "the state has no super"))
        }
        return StateValueDecoder(reader: reader, offset: offset)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        try read(key) { StateValueDecoder(reader: reader, offset: $0) }
    }
}

/// An array position in a path, for errors.
private struct StateIndex: CodingKey {
    let intValue: Int?
    var stringValue: String { String(intValue ?? 0) }
    init(_ index: Int) { intValue = index }
    init?(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}

private struct StateUnkeyedDecodingContainer: UnkeyedDecodingContainer {
    let reader: StateReader
    var codingPath: [any CodingKey] { [] }
    private let end: Int
    private var cursor: Int
    private(set) var currentIndex = 0
    var count: Int? { nil }
    var isAtEnd: Bool { cursor >= end }

    init(reader: StateReader, offset: Int) {
        self.reader = reader
        end = offset + 5 + Int(reader.fixed(UInt32.self, at: offset + 1))
        cursor = offset + 5
    }

    /// Reads the next item with `read`, and moves past it only when it was read.
    private mutating func next<T>(_ read: (StateReader, Int) throws -> T) throws -> T {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(T.self, .init(
                codingPath: [StateIndex(currentIndex)], debugDescription: "the array has \(currentIndex) items"))
        }
        let offset = cursor
        let value = try reading(StateIndex(currentIndex)) { try read(reader, offset) }
        cursor = try reader.end(of: offset)
        currentIndex += 1
        return value
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, try reader.isNull(at: cursor) else { return false }
        return try next { try $0.isNull(at: $1) }
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try next { try $0.bool(at: $1) } }
    mutating func decode(_ type: String.Type) throws -> String { try next { try $0.string(at: $1) } }
    mutating func decode(_ type: Double.Type) throws -> Double { try next { try $0.double(at: $1) } }
    mutating func decode(_ type: Float.Type) throws -> Float { try next { try $0.float(at: $1) } }
    mutating func decode(_ type: Int.Type) throws -> Int { try next { try $0.integer(type, at: $1) } }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next { try $0.integer(type, at: $1) } }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next { try $0.integer(type, at: $1) } }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next { try $0.integer(type, at: $1) } }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next { try $0.integer(type, at: $1) } }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next { try $0.integer(type, at: $1) } }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next { try $0.integer(type, at: $1) } }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next { try $0.integer(type, at: $1) } }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next { try $0.integer(type, at: $1) } }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next { try $0.integer(type, at: $1) } }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next { try $0.decode(type, at: $1) } }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next { try StateValueDecoder(reader: $0, offset: $1).container(keyedBy: type) }
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next { try StateValueDecoder(reader: $0, offset: $1).unkeyedContainer() }
    }

    mutating func superDecoder() throws -> any Decoder { try next { StateValueDecoder(reader: $0, offset: $1) } }
}

private struct StateSingleValueDecodingContainer: SingleValueDecodingContainer {
    let reader: StateReader
    let offset: Int
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { (try? reader.isNull(at: offset)) ?? false }
    func decode(_ type: Bool.Type) throws -> Bool { try reader.bool(at: offset) }
    func decode(_ type: String.Type) throws -> String { try reader.string(at: offset) }
    func decode(_ type: Double.Type) throws -> Double { try reader.double(at: offset) }
    func decode(_ type: Float.Type) throws -> Float { try reader.float(at: offset) }
    func decode(_ type: Int.Type) throws -> Int { try reader.integer(type, at: offset) }
    func decode(_ type: Int8.Type) throws -> Int8 { try reader.integer(type, at: offset) }
    func decode(_ type: Int16.Type) throws -> Int16 { try reader.integer(type, at: offset) }
    func decode(_ type: Int32.Type) throws -> Int32 { try reader.integer(type, at: offset) }
    func decode(_ type: Int64.Type) throws -> Int64 { try reader.integer(type, at: offset) }
    func decode(_ type: UInt.Type) throws -> UInt { try reader.integer(type, at: offset) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try reader.integer(type, at: offset) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try reader.integer(type, at: offset) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try reader.integer(type, at: offset) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try reader.integer(type, at: offset) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try reader.decode(type, at: offset) }
}
