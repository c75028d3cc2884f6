import Foundation

/// Encodes a value straight into a `JSONValue` tree, with the contract's conventions (dates as `Timestamp`, data as
/// base64), so an outgoing event is validated against its schema without being written and parsed back first.
///
/// Containers write into reference-typed nodes, because Swift's `Encoder` protocol hands out containers by value.
struct JSONTreeEncoder {
    static func encode<Value: Encodable>(_ value: Value) throws -> JSONValue {
        let root = TreeNode()
        try root.encode(value)
        return root.resolved
    }
}

/// One place in the tree being built: a finished value, an object or an array.
///
/// Members and items live in the node itself, so adding one never copies the ones before it.
private final class TreeNode {
    private enum Kind {
        case empty, value, object, array
    }

    private var kind = Kind.empty
    private var value = JSONValue.null
    /// In the order first written; an object has a few dozen members at most, so a scan finds one faster than
    /// hashing its name would, and the names are hashed once, into the finished object.
    private var members: [(name: String, node: TreeNode)] = []
    private var items: [TreeNode] = []

    var resolved: JSONValue {
        switch kind {
        case .empty: .object([:])
        case .value: value
        case .object: .object(Dictionary(members.lazy.map { ($0.name, $0.node.resolved) }, uniquingKeysWith: { first, _ in first }))
        case .array: .array(items.map(\.resolved))
        }
    }

    func set(_ value: JSONValue) {
        kind = .value
        self.value = value
    }

    /// The member `key` of this object node, created on first use (a keyed container may be asked for twice).
    func member(_ key: String) -> TreeNode {
        kind = .object
        if let existing = members.first(where: { $0.name == key }) { return existing.node }
        let node = TreeNode()
        members.append((key, node))
        return node
    }

    func makeObject() { kind = .object }

    func appendItem() -> TreeNode {
        kind = .array
        let node = TreeNode()
        items.append(node)
        return node
    }

    func makeArray() { kind = .array }

    var count: Int { items.count }

    /// Encodes `value` here: dates and data in the contract's form, anything else through its own `encode(to:)`.
    /// Metatype comparisons, not casts: this runs for every field of every published event.
    func encode<Value: Encodable>(_ value: Value) throws {
        if Value.self == Date.self {
            set(.string(Timestamp.format(value as! Date)))
        } else if Value.self == Data.self {
            set(.string((value as! Data).base64EncodedString()))
        } else {
            try value.encode(to: NodeEncoder(node: self, codingPath: []))
        }
    }

    /// JSON has no NaN or infinity; like `JSONEncoder`, refuse them where they are.
    func set(number: Double) throws {
        guard number.isFinite else {
            throw EncodingError.invalidValue(number, .init(codingPath: [], debugDescription: "\(number) is not a JSON number"))
        }
        set(.number(number))
    }
}

/// Runs `encode`, putting `path` in front of the coding path of an error that passes out of it.
///
/// A path is built only for an error, on its way out: building one for every member of every event cost a quarter
/// of encoding it. So each container's `codingPath` is the path from the value whose `encode(to:)` asked for it
/// (empty, unless it is a nested container), and the whole path is known only to an error.
private func under(_ path: @autoclosure () -> [any CodingKey], _ encode: () throws -> Void) throws {
    do {
        try encode()
    } catch EncodingError.invalidValue(let value, let context) {
        throw EncodingError.invalidValue(value, .init(
            codingPath: path() + context.codingPath, debugDescription: context.debugDescription,
            underlyingError: context.underlyingError))
    }
}

private struct NodeEncoder: Encoder {
    let node: TreeNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.makeObject()
        return KeyedEncodingContainer(KeyedNodeContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.makeArray()
        return UnkeyedNodeContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleNodeContainer(node: node, codingPath: codingPath)
    }
}

private struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: TreeNode
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { node.member(key.stringValue).set(.null) }
    mutating func encode(_ value: String, forKey key: Key) throws { node.member(key.stringValue).set(.string(value)) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { node.member(key.stringValue).set(.bool(value)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { node.member(key.stringValue).set(.number(Double(value))) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { node.member(key.stringValue).set(.number(Double(value))) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        try under(codingPath + [key]) { try node.member(key.stringValue).set(number: value) }
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try under(codingPath + [key]) { try node.member(key.stringValue).encode(value) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        NodeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: node.member("super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        NodeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key])
    }
}

private struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let node: TreeNode
    let codingPath: [any CodingKey]
    var count: Int { node.count }

    mutating func encodeNil() throws { node.appendItem().set(.null) }
    mutating func encode(_ value: String) throws { node.appendItem().set(.string(value)) }
    mutating func encode(_ value: Int) throws { node.appendItem().set(.number(Double(value))) }
    mutating func encode(_ value: Double) throws {
        let index = count
        try under(codingPath + [IndexKey(intValue: index)]) { try node.appendItem().set(number: value) }
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let index = count
        try under(codingPath + [IndexKey(intValue: index)]) { try node.appendItem().encode(value) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: node.appendItem(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        NodeEncoder(node: node.appendItem(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { NodeEncoder(node: node.appendItem(), codingPath: codingPath) }
}

private struct SingleNodeContainer: SingleValueEncodingContainer {
    let node: TreeNode
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.set(.null) }
    mutating func encode(_ value: String) throws { node.set(.string(value)) }
    mutating func encode(_ value: Bool) throws { node.set(.bool(value)) }
    mutating func encode(_ value: Int) throws { node.set(.number(Double(value))) }
    mutating func encode(_ value: Int64) throws { node.set(.number(Double(value))) }
    mutating func encode(_ value: Double) throws { try under(codingPath) { try node.set(number: value) } }
    mutating func encode<T: Encodable>(_ value: T) throws { try under(codingPath) { try node.encode(value) } }
}

/// An array position in a coding path, for error messages.
private struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { String(intValue ?? 0) }
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}
