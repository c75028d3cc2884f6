/// An optional field the schema requires but allows to be null: written as `null` when nil, never left out, and
/// required when read. Plain optionals are left out when nil, which is what every other optional field needs.
@propertyWrapper
public struct Nullable<Wrapped> {
    /// The value, nil for JSON null.
    public var wrappedValue: Wrapped?

    /// Wraps `wrappedValue`.
    public init(wrappedValue: Wrapped?) {
        self.wrappedValue = wrappedValue
    }
}

extension Nullable: Sendable where Wrapped: Sendable {}
extension Nullable: Equatable where Wrapped: Equatable {}

extension Nullable: Encodable where Wrapped: Encodable {
    /// Writes the value, or `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}

extension Nullable: Decodable where Wrapped: Decodable {
    /// Reads the value, or nil for `null`; a missing key fails in the enclosing type, as the schema requires.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try container.decode(Wrapped.self)
    }
}
