import Foundation

/// Decodes a value from a `JSONValue` tree that has already been parsed (and validated) for the envelope check, so
/// a consumed event's body is parsed once, not twice. Dates are any RFC 3339 time, data is base64; unknown members
/// are ignored, as inbound types allow them.
struct JSONTreeDecoder {
    static func decode<Value: Decodable>(_ type: Value.Type, from tree: JSONValue) throws -> Value {
        try TreeReader(value: tree, codingPath: []).decode(type)
    }
}

/// One value of the tree, with where it is, for error messages.
struct TreeReader {
    let value: JSONValue
    let codingPath: [any CodingKey]

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        // Metatype comparisons, not casts: this runs for every field of every consumed event.
        if T.self == String.self { return try string() as! T }
        if T.self == Date.self { return try date() as! T }
        if T.self == Data.self { return try data() as! T }
        return try T(from: TreeValueDecoder(reader: self))
    }

    func mismatch<T>(_ type: T.Type) -> DecodingError {
        .typeMismatch(type, .init(codingPath: codingPath, debugDescription: "expected \(type), found \(value.abbreviated())"))
    }

    func string() throws -> String {
        guard case .string(let text) = value else { throw mismatch(String.self) }
        return text
    }

    func number() throws -> Double {
        guard case .number(let number) = value else { throw mismatch(Double.self) }
        return number
    }

    func integer<T: BinaryInteger>(_ type: T.Type) throws -> T {
        let number = try number()
        guard let exact = T(exactly: number) else {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "\(number) is not a \(T.self)"))
        }
        return exact
    }

    func bool() throws -> Bool {
        guard case .bool(let flag) = value else { throw mismatch(Bool.self) }
        return flag
    }

    func date() throws -> Date {
        let text = try string()
        guard let date = Timestamp.parse(text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: codingPath, debugDescription: "\(JSONValue.quote(text)) is not an RFC 3339 date-time"))
        }
        return date
    }

    func data() throws -> Data {
        let text = try string()
        guard let data = Data(base64Encoded: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "not base64"))
        }
        return data
    }
}

private struct TreeValueDecoder: Decoder {
    let reader: TreeReader
    var codingPath: [any CodingKey] { reader.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = reader.value else { throw reader.mismatch([String: JSONValue].self) }
        return KeyedDecodingContainer(KeyedTreeContainer<Key>(members: members, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let items) = reader.value else { throw reader.mismatch([JSONValue].self) }
        return UnkeyedTreeContainer(items: items, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { SingleTreeContainer(reader: reader) }
}

private struct KeyedTreeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [String: JSONValue]
    let codingPath: [any CodingKey]

    var allKeys: [Key] { members.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }

    private func reader(_ key: Key) throws -> TreeReader {
        guard let value = members[key.stringValue] else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no member \(key.stringValue)"))
        }
        return TreeReader(value: value, codingPath: codingPath + [key])
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        if case .null = try reader(key).value { return true }
        return false
    }

    func decode(_ type: String.Type, forKey key: Key) throws -> String { try reader(key).string() }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try reader(key).bool() }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try reader(key).number() }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try reader(key).integer(Int.self) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try reader(key).integer(Int64.self) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try reader(key).decode(type) }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try TreeValueDecoder(reader: reader(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try TreeValueDecoder(reader: reader(key)).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        TreeValueDecoder(reader: TreeReader(value: members["super"] ?? .null, codingPath: codingPath))
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        TreeValueDecoder(reader: TreeReader(value: members[key.stringValue] ?? .null, codingPath: codingPath + [key]))
    }
}

private struct UnkeyedTreeContainer: UnkeyedDecodingContainer {
    let items: [JSONValue]
    let codingPath: [any CodingKey]
    var currentIndex = 0

    init(items: [JSONValue], codingPath: [any CodingKey]) {
        self.items = items
        self.codingPath = codingPath
    }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private mutating func next() throws -> TreeReader {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(JSONValue.self, .init(codingPath: codingPath, debugDescription: "no more items"))
        }
        defer { currentIndex += 1 }
        return TreeReader(value: items[currentIndex], codingPath: codingPath + [ItemKey(intValue: currentIndex)])
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, case .null = items[currentIndex] else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decode(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try TreeValueDecoder(reader: next()).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try TreeValueDecoder(reader: next()).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { try TreeValueDecoder(reader: next()) }
}

private struct SingleTreeContainer: SingleValueDecodingContainer {
    let reader: TreeReader
    var codingPath: [any CodingKey] { reader.codingPath }

    func decodeNil() -> Bool {
        if case .null = reader.value { return true }
        return false
    }

    func decode(_ type: String.Type) throws -> String { try reader.string() }
    func decode(_ type: Bool.Type) throws -> Bool { try reader.bool() }
    func decode(_ type: Double.Type) throws -> Double { try reader.number() }
    func decode(_ type: Int.Type) throws -> Int { try reader.integer(Int.self) }
    func decode(_ type: Int64.Type) throws -> Int64 { try reader.integer(Int64.self) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try reader.decode(type) }
}

/// An array position in a coding path.
private struct ItemKey: CodingKey {
    let intValue: Int?
    var stringValue: String { String(intValue ?? 0) }
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}
