/// Why a JSON Schema cannot be compiled: it is not a schema, or it uses something this validator does not check.
public struct SchemaError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The schema's name (its message type, or its `$id`).
    public var schema: String
    /// JSON Pointer, inside the schema, of the subschema at fault ("" for the top level).
    public var location: String
    /// What is wrong.
    public var kind: Kind

    /// Creates an error.
    public init(schema: String, location: String, kind: Kind) {
        self.schema = schema
        self.location = location
        self.kind = kind
    }

    /// The kinds of problem.
    public enum Kind: Sendable, Equatable, CustomStringConvertible {
        /// The file is not JSON.
        case notJSON(String)
        /// A schema must be an object or a boolean.
        case notASchema
        /// A keyword this validator does not implement; refused so schemas and validator cannot drift apart.
        case unsupportedKeyword(String)
        /// A supported keyword with a value of the wrong shape.
        case invalidValue(keyword: String, expected: String)
        /// A `pattern` that does not compile as a regular expression.
        case invalidPattern(String, reason: String)

        /// A sentence saying what is wrong.
        public var description: String {
            switch self {
            case .notJSON(let detail): "not JSON: \(detail)"
            case .notASchema: "a schema must be an object or a boolean"
            case .unsupportedKeyword(let keyword): "unsupported keyword \"\(keyword)\""
            case .invalidValue(let keyword, let expected): "\"\(keyword)\" must be \(expected)"
            case .invalidPattern(let pattern, let reason): "pattern \(pattern) does not compile: \(reason)"
            }
        }
    }

    /// `schema at #location: what is wrong`.
    public var description: String { "schema \(schema) at #\(location): \(kind)" }
}
