import Foundation

/// Writes a ticket's state (`TicketStates`) in a compact binary form, read back by `StateDecoder`: what every message
/// about a ticket writes once, so its cost is on every message. Foundation's `JSONEncoder` took about 50 µs for a
/// callback ticket's state, most of it spent formatting and escaping text nobody reads; this form takes less than
/// half of that and gives back exactly the value written (a `Date` is its own `Double`).
///
/// The bytes: the version (`StateFormat.version`), then one value, a tag byte (`StateFormat.Tag`) and its body.
/// Null, false and true have none; a signed or unsigned integer is 8 bytes and a double its 8-byte bit pattern, all
/// little-endian; a string is its UTF-8 length (4 bytes) and bytes; an array or an object is the length of its body
/// (4 bytes) and the body: the items, or each member's key (as a string's length and bytes) and value.
struct StateEncoder {
    static func encode<Value: Encodable>(_ value: Value) throws -> Data {
        let root = StateNode()
        try root.encode(value)
        var bytes: [UInt8] = [StateFormat.version]
        bytes.reserveCapacity(2_048)
        root.write(into: &bytes)
        return Data(bytes)
    }
}

/// The version byte and the tags; a state written as JSON by an earlier version starts with `{` instead.
enum StateFormat {
    static let version: UInt8 = 0xB1

    enum Tag: UInt8 {
        case null = 0, `false`, `true`, int, uint, double, string, array, object
    }
}

/// One value being encoded: set once, or a container filled by its members or items.
private final class StateNode {
    enum Kind {
        case empty, null, bool(Bool), int(Int64), uint(UInt64), double(Double), string(String), object, array
    }

    var kind = Kind.empty
    /// In the order written; a state's object has a few dozen members at most, so a scan finds one quickly.
    var members: [(key: String, node: StateNode)] = []
    var items: [StateNode] = []

    /// Encodes `value` here; dates and strings directly, anything else through its own `encode(to:)`.
    /// Metatype comparisons, not casts: this runs for every member of every state.
    func encode<T: Encodable>(_ value: T) throws {
        if T.self == Date.self {
            kind = .double((value as! Date).timeIntervalSinceReferenceDate)
        } else if T.self == String.self {
            kind = .string(value as! String)
        } else {
            try value.encode(to: StateNodeEncoder(node: self))
        }
    }

    /// The member `key` of this object, created on first use (a keyed container may be asked for twice).
    func member(_ key: String) -> StateNode {
        kind = .object
        if let existing = members.first(where: { $0.key == key }) { return existing.node }
        let node = StateNode()
        members.append((key, node))
        return node
    }

    func appendItem() -> StateNode {
        kind = .array
        let node = StateNode()
        items.append(node)
        return node
    }

    func write(into bytes: inout [UInt8]) {
        switch kind {
        case .empty, .object:
            // A value that asked for no container is written as an empty object, as `JSONEncoder` writes `{}`.
            bytes.append(StateFormat.Tag.object.rawValue)
            let start = Self.reserveLength(in: &bytes)
            for (key, node) in members {
                Self.append(key, to: &bytes)
                node.write(into: &bytes)
            }
            Self.patchLength(from: start, in: &bytes)
        case .array:
            bytes.append(StateFormat.Tag.array.rawValue)
            let start = Self.reserveLength(in: &bytes)
            for item in items { item.write(into: &bytes) }
            Self.patchLength(from: start, in: &bytes)
        case .null: bytes.append(StateFormat.Tag.null.rawValue)
        case .bool(let flag): bytes.append(flag ? StateFormat.Tag.true.rawValue : StateFormat.Tag.false.rawValue)
        case .int(let number): Self.append(.int, number.littleEndian, to: &bytes)
        case .uint(let number): Self.append(.uint, number.littleEndian, to: &bytes)
        case .double(let number): Self.append(.double, number.bitPattern.littleEndian, to: &bytes)
        case .string(let text):
            bytes.append(StateFormat.Tag.string.rawValue)
            Self.append(text, to: &bytes)
        }
    }

    private static func append<Number: FixedWidthInteger>(_ tag: StateFormat.Tag, _ littleEndian: Number, to bytes: inout [UInt8]) {
        bytes.append(tag.rawValue)
        withUnsafeBytes(of: littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// A string's length and UTF-8 bytes.
    private static func append(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            withUnsafeBytes(of: UInt32(utf8.count).littleEndian) { bytes.append(contentsOf: $0) }
            bytes.append(contentsOf: utf8)
        }
    }

    /// Room for a body's length, written by `patchLength` once the body is.
    private static func reserveLength(in bytes: inout [UInt8]) -> Int {
        bytes.append(contentsOf: [0, 0, 0, 0])
        return bytes.count
    }

    private static func patchLength(from start: Int, in bytes: inout [UInt8]) {
        withUnsafeBytes(of: UInt32(bytes.count - start).littleEndian) { length in
            for index in 0..<4 { bytes[start - 4 + index] = length[index] }
        }
    }
}

private struct StateNodeEncoder: Encoder {
    let node: StateNode
    // A state's encoding fails only where a value's own `encode(to:)` throws; no path is kept for it.
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.kind = .object
        return KeyedEncodingContainer(StateKeyedContainer<Key>(node: node))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.kind = .array
        return StateUnkeyedContainer(node: node)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { StateSingleValueContainer(node: node) }
}

private struct StateKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: StateNode
    var codingPath: [any CodingKey] { [] }

    private func set(_ kind: StateNode.Kind, _ key: Key) { node.member(key.stringValue).kind = kind }

    func encodeNil(forKey key: Key) throws { set(.null, key) }
    func encode(_ value: Bool, forKey key: Key) throws { set(.bool(value), key) }
    func encode(_ value: String, forKey key: Key) throws { set(.string(value), key) }
    func encode(_ value: Double, forKey key: Key) throws { set(.double(value), key) }
    func encode(_ value: Float, forKey key: Key) throws { set(.double(Double(value)), key) }
    func encode(_ value: Int, forKey key: Key) throws { set(.int(Int64(value)), key) }
    func encode(_ value: Int8, forKey key: Key) throws { set(.int(Int64(value)), key) }
    func encode(_ value: Int16, forKey key: Key) throws { set(.int(Int64(value)), key) }
    func encode(_ value: Int32, forKey key: Key) throws { set(.int(Int64(value)), key) }
    func encode(_ value: Int64, forKey key: Key) throws { set(.int(value), key) }
    func encode(_ value: UInt, forKey key: Key) throws { set(.uint(UInt64(value)), key) }
    func encode(_ value: UInt8, forKey key: Key) throws { set(.uint(UInt64(value)), key) }
    func encode(_ value: UInt16, forKey key: Key) throws { set(.uint(UInt64(value)), key) }
    func encode(_ value: UInt32, forKey key: Key) throws { set(.uint(UInt64(value)), key) }
    func encode(_ value: UInt64, forKey key: Key) throws { set(.uint(value), key) }
    func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try node.member(key.stringValue).encode(value) }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        StateNodeEncoder(node: node.member(key.stringValue)).container(keyedBy: keyType)
    }

    func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        StateNodeEncoder(node: node.member(key.stringValue)).unkeyedContainer()
    }

    func superEncoder() -> any Encoder { StateNodeEncoder(node: node.member("super")) }
    func superEncoder(forKey key: Key) -> any Encoder { StateNodeEncoder(node: node.member(key.stringValue)) }
}

private struct StateUnkeyedContainer: UnkeyedEncodingContainer {
    let node: StateNode
    var codingPath: [any CodingKey] { [] }
    var count: Int { node.items.count }

    private func append(_ kind: StateNode.Kind) { node.appendItem().kind = kind }

    func encodeNil() throws { append(.null) }
    func encode(_ value: Bool) throws { append(.bool(value)) }
    func encode(_ value: String) throws { append(.string(value)) }
    func encode(_ value: Double) throws { append(.double(value)) }
    func encode(_ value: Float) throws { append(.double(Double(value))) }
    func encode(_ value: Int) throws { append(.int(Int64(value))) }
    func encode(_ value: Int8) throws { append(.int(Int64(value))) }
    func encode(_ value: Int16) throws { append(.int(Int64(value))) }
    func encode(_ value: Int32) throws { append(.int(Int64(value))) }
    func encode(_ value: Int64) throws { append(.int(value)) }
    func encode(_ value: UInt) throws { append(.uint(UInt64(value))) }
    func encode(_ value: UInt8) throws { append(.uint(UInt64(value))) }
    func encode(_ value: UInt16) throws { append(.uint(UInt64(value))) }
    func encode(_ value: UInt32) throws { append(.uint(UInt64(value))) }
    func encode(_ value: UInt64) throws { append(.uint(value)) }
    func encode<T: Encodable>(_ value: T) throws { try node.appendItem().encode(value) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        StateNodeEncoder(node: node.appendItem()).container(keyedBy: keyType)
    }

    func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { StateNodeEncoder(node: node.appendItem()).unkeyedContainer() }
    func superEncoder() -> any Encoder { StateNodeEncoder(node: node.appendItem()) }
}

private struct StateSingleValueContainer: SingleValueEncodingContainer {
    let node: StateNode
    var codingPath: [any CodingKey] { [] }

    func encodeNil() throws { node.kind = .null }
    func encode(_ value: Bool) throws { node.kind = .bool(value) }
    func encode(_ value: String) throws { node.kind = .string(value) }
    func encode(_ value: Double) throws { node.kind = .double(value) }
    func encode(_ value: Float) throws { node.kind = .double(Double(value)) }
    func encode(_ value: Int) throws { node.kind = .int(Int64(value)) }
    func encode(_ value: Int8) throws { node.kind = .int(Int64(value)) }
    func encode(_ value: Int16) throws { node.kind = .int(Int64(value)) }
    func encode(_ value: Int32) throws { node.kind = .int(Int64(value)) }
    func encode(_ value: Int64) throws { node.kind = .int(value) }
    func encode(_ value: UInt) throws { node.kind = .uint(UInt64(value)) }
    func encode(_ value: UInt8) throws { node.kind = .uint(UInt64(value)) }
    func encode(_ value: UInt16) throws { node.kind = .uint(UInt64(value)) }
    func encode(_ value: UInt32) throws { node.kind = .uint(UInt64(value)) }
    func encode(_ value: UInt64) throws { node.kind = .uint(value) }
    func encode<T: Encodable>(_ value: T) throws { try node.encode(value) }
}
