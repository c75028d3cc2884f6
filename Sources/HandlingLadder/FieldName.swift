/// Any JSON field name, to see which fields an object of the limits file has: a misspelt field must be reported,
/// not ignored, or a limit the bureau meant to set would silently not be.
struct FieldName: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }

    /// The fields of the object being decoded that are not in `known`, sorted.
    static func unknown(in decoder: any Decoder, known: Set<String>) throws -> [String] {
        try decoder.container(keyedBy: FieldName.self).allKeys.map(\.stringValue).filter { !known.contains($0) }.sorted()
    }
}
