/// An object of a body the schema has checked, read member by member: what a `PayloadView` on a busy path uses to
/// read its few members without a `Decoder`. A missing member or one of the wrong type throws the `DecodingError` a
/// `Decoder` would, with its path, so the dead letter says the same thing either way.
public struct CheckedObject {
    private let members: [String: JSONValue]
    private let codingPath: [any CodingKey]

    /// The body itself, which must be an object.
    public init(_ body: JSONValue) throws {
        try self.init(TreeReader(value: body, codingPath: []))
    }

    private init(_ reader: TreeReader) throws {
        guard case .object(let members) = reader.value else { throw reader.mismatch([String: JSONValue].self) }
        self.members = members
        codingPath = reader.codingPath
    }

    /// A member that must be there. Paths are built only for an error: a body that passed its schema rarely has one.
    private func member(_ name: String) throws -> JSONValue {
        guard let value = members[name] else {
            throw DecodingError.keyNotFound(
                MemberKey(name), .init(codingPath: codingPath, debugDescription: "no member \(name)"))
        }
        return value
    }

    /// A member that may be missing or null, as `decodeIfPresent` reads it.
    private func optionalMember(_ name: String) -> JSONValue? {
        guard let value = members[name] else { return nil }
        if case .null = value { return nil }
        return value
    }

    /// The reader of a member, which says where it is.
    private func reader(_ name: String, _ value: JSONValue) -> TreeReader {
        TreeReader(value: value, codingPath: codingPath + [MemberKey(name)])
    }

    public func object(_ name: String) throws -> CheckedObject { try CheckedObject(reader(name, member(name))) }

    public func string(_ name: String) throws -> String { try text(name, member(name)) }

    public func optionalString(_ name: String) throws -> String? { try optionalMember(name).map { try text(name, $0) } }

    /// A member held by its raw value, such as the contract's vocabularies.
    public func value<Value: RawRepresentable>(_ name: String, as type: Value.Type = Value.self) throws -> Value
    where Value.RawValue == String {
        try value(name, member(name), as: type)
    }

    public func optionalValue<Value: RawRepresentable>(_ name: String, as type: Value.Type = Value.self) throws -> Value?
    where Value.RawValue == String {
        try optionalMember(name).map { try value(name, $0, as: type) }
    }

    private func text(_ name: String, _ value: JSONValue) throws -> String {
        guard case .string(let text) = value else { throw reader(name, value).mismatch(String.self) }
        return text
    }

    private func value<Value: RawRepresentable>(_ name: String, _ member: JSONValue, as type: Value.Type) throws -> Value
    where Value.RawValue == String {
        let raw = try text(name, member)
        guard let value = Value(rawValue: raw) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: reader(name, member).codingPath, debugDescription: "\(JSONValue.quote(raw)) is not a \(Value.self)"))
        }
        return value
    }
}

/// An object member's name in a coding path.
private struct MemberKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
