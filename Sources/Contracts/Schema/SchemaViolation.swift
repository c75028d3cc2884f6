/// One way a document fails its schema: where (a JSON Pointer) and what, in words an operator can act on.
public struct SchemaViolation: Sendable, Equatable, CustomStringConvertible {
    /// JSON Pointer to the offending value; "" is the whole document.
    public var path: String
    /// The keyword that failed, such as `required` or `pattern`.
    public var keyword: String
    /// What is wrong, e.g. `"abc" does not match ^[0-9+][0-9 -]{4,19}$`.
    public var message: String

    /// Creates a violation.
    public init(path: String, keyword: String, message: String) {
        self.path = path
        self.keyword = keyword
        self.message = message
    }

    /// `path: message`, with `(root)` for the whole document.
    public var description: String { "\(path.isEmpty ? "(root)" : path): \(message)" }
}
