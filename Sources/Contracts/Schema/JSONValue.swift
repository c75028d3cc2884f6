import Foundation

/// A parsed JSON document, with booleans and numbers kept apart (Foundation hands both back as `NSNumber`).
/// Equality is JSON Schema's: numbers by value (1 equals 1.0), objects regardless of member order.
public enum JSONValue: Sendable, Equatable, CustomStringConvertible {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// Every JSON number; integers beyond 2^53 lose precision, which no field of the contract comes near.
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object; member order is not kept, as JSON gives it no meaning.
    case object([String: JSONValue])

    /// Parses `data` as JSON, a bare scalar included.
    public init(parsing data: Data) throws(JSONParseError) {
        let result = data.withUnsafeBytes { raw in
            Result { () throws(JSONParseError) -> JSONValue in try JSONTextParser.parse(raw.bindMemory(to: UInt8.self)) }
        }
        self = try result.get()
    }

    /// Whether this is a number with no fractional part: JSON Schema counts 1.0 as an integer.
    public var isInteger: Bool {
        if case .number(let number) = self { return number.isFinite && number.rounded(.towardZero) == number }
        return false
    }

    /// Compact JSON text, object keys sorted, for messages.
    public var description: String {
        switch self {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .number(let number): Self.format(number)
        case .string(let text): Self.quote(text)
        case .array(let values): "[" + values.map(\.description).joined(separator: ",") + "]"
        case .object(let members):
            "{" + members.sorted { $0.key < $1.key }.map { Self.quote($0.key) + ":" + $0.value.description }
                .joined(separator: ",") + "}"
        }
    }

    /// `description`, cut to `limit` characters so a long text does not drown a violation message.
    func abbreviated(_ limit: Int = 60) -> String {
        let text = description
        return text.count <= limit ? text : String(text.prefix(limit)) + "…"
    }

    /// Integers without a fraction (`1`, not `1.0`), everything else as Swift prints it.
    static func format(_ number: Double) -> String {
        if number.isFinite, number.rounded(.towardZero) == number, abs(number) < 1e15 {
            return String(Int64(number))
        }
        return String(number)
    }

    /// `text` as a JSON string literal.
    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

/// Why bytes are not JSON, in the parser's words.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The parser's explanation.
    public var detail: String

    /// `not JSON: <detail>`.
    public var description: String { "not JSON: \(detail)" }
}
