import Foundation

/// The JSON encoding of payloads: sorted keys, unescaped slashes and `Timestamp` dates, so the same payload is
/// always the same bytes and a replay repeats byte for byte.
public enum ContractJSON {
    /// The payload's JSON bytes.
    public static func encode<Value: Encodable>(_ value: Value) throws -> Data {
        try encoder.encode(value)
    }

    /// Decodes a payload; dates may be any RFC 3339 time, unknown members are ignored.
    public static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
        try decoder.decode(type, from: data)
    }

    // Made once: every published and every consumed event passes here, and Foundation's coders are safe to share
    // between threads (their options are read, never written, after this).
    private static let encoder = makeEncoder()
    private static let decoder = makeDecoder()

    static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.format(date))
        }
        // Data (a dead letter's original bytes) as standard base64 with padding, which the schema's pattern expects.
        encoder.dataEncodingStrategy = .base64
        return encoder
    }

    static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = Timestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "\(JSONValue.quote(text)) is not an RFC 3339 date-time")
            }
            return date
        }
        decoder.dataDecodingStrategy = .base64
        return decoder
    }
}
