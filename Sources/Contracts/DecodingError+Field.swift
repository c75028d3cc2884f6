extension DecodingError {
    /// Where in a configuration or data file decoding failed, in the file's own field names (`categories.tariff`),
    /// for the people who maintain those files.
    public var fieldDescription: String {
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch self {
        case .keyNotFound(let key, let context):
            return "missing field \"\(path(context.codingPath + [key]))\""
        case .typeMismatch(let type, let context):
            return "field \"\(path(context.codingPath))\" must be \(type)"
        case .valueNotFound(let type, let context):
            return "field \"\(path(context.codingPath))\" is null, must be \(type)"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty
                ? "invalid JSON" : "field \"\(path(context.codingPath))\": \(context.debugDescription)"
        @unknown default:
            return "\(self)"
        }
    }
}
