import Foundation

/// The JSON encoding of payloads: sorted keys, unescaped slashes, `Timestamp` dates and base64 data, so the same
/// payload is always the same bytes and a replay repeats byte for byte. Encoding builds a `JSONValue` tree
/// (`JSONTreeEncoder`), which the codec validates before writing it out.
public enum ContractJSON {
    /// The payload's JSON bytes.
    public static func encode<Value: Encodable>(_ value: Value) throws -> Data {
        try encodeTree(value).canonicalText
    }

    /// The payload as a JSON tree, for validating it before it is written out; a `HandEncodedPayload` builds its own.
    static func encodeTree<Value: Encodable>(_ value: Value) throws -> JSONValue {
        if let handEncoded = value as? any HandEncodedPayload { return handEncoded.jsonTree }
        return try encodeTreeWithCodable(value)
    }

    /// The tree built from the value's `Encodable` conformance: what a `HandEncodedPayload` must build.
    package static func encodeTreeWithCodable<Value: Encodable>(_ value: Value) throws -> JSONValue {
        try JSONTreeEncoder.encode(value)
    }

    /// Decodes a payload; dates may be any RFC 3339 time, unknown members are ignored.
    public static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
        try JSONTreeDecoder.decode(type, from: JSONValue(parsing: data))
    }
}
