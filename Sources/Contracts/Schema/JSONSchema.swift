import Foundation

/// A compiled JSON Schema (draft 2020-12, the subset the contract uses) that reports every violation of a document.
public struct JSONSchema: Sendable {
    /// The name errors and messages use: the message type or the `$id`.
    public let name: String
    private let root: SchemaNode

    /// Compiles the schema in `data`; fails on anything that is not a schema or uses an unsupported keyword.
    public init(data: Data, name: String) throws(SchemaError) {
        let document: JSONValue
        do {
            document = try JSONValue(parsing: data)
        } catch {
            throw SchemaError(schema: name, location: "", kind: .notJSON(error.detail))
        }
        try self.init(document, name: name)
    }

    /// Compiles an already parsed schema.
    public init(_ document: JSONValue, name: String) throws(SchemaError) {
        self.name = name
        root = try SchemaCompiler(name: name).compile(document, at: "")
    }

    /// Every violation of the schema by `document`; empty when it is valid.
    public func violations(of document: JSONValue) -> [SchemaViolation] {
        // Almost every document is valid: a verdict alone, which keeps no path and stops at the first violation,
        // settles those; only a document that fails is walked again to report everything it breaks, where.
        guard !SchemaEvaluator.isValid(root, document) else { return [] }
        var evaluation = SchemaEvaluator()
        evaluation.evaluate(root, document)
        return evaluation.violations
    }

    /// Parses `data` and returns every violation of the schema; throws when `data` is not JSON.
    public func violations(in data: Data) throws(JSONParseError) -> [SchemaViolation] {
        violations(of: try JSONValue(parsing: data))
    }
}
