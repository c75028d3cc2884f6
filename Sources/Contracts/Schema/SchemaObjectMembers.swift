/// An object schema's `properties` with the `required` and `additionalProperties` beside it, checked together: each
/// member a property names is looked up once, and whether a required one is present or an undeclared one is there
/// follows from those lookups instead of a lookup of its own. Hashing member names was most of checking an event.
struct SchemaObjectMembers: Sendable {
    /// As many as a bit set of one word holds; a schema with more keeps the three checks apart.
    static let maximumProperties = UInt64.bitWidth

    let properties: [(name: String, schema: SchemaNode)]
    /// `required`, each name with the index of the property that declares it, nil when none does.
    let required: [(name: String, property: Int?)]?
    /// `additionalProperties`, and the names `properties` declares.
    let additional: (schema: SchemaNode, declared: Set<String>)?
    /// The bits of the required members `properties` declares, by their index there.
    let requiredDeclared: UInt64
    /// Whether a required member is one `properties` does not declare (looked up on its own).
    let requiresUndeclared: Bool

    init(
        properties: [(name: String, schema: SchemaNode)], required: [(name: String, property: Int?)]?,
        additional: (schema: SchemaNode, declared: Set<String>)?
    ) {
        self.properties = properties
        self.required = required
        self.additional = additional
        requiredDeclared = (required ?? []).reduce(0) { bits, name in name.property.map { bits | 1 << $0 } ?? bits }
        requiresUndeclared = (required ?? []).contains { $0.property == nil }
    }

    /// The checks with each `properties` and the `required` and `additionalProperties` after it (they follow each
    /// other in keyword order) made into one; nil when `checks` has no `properties` to merge.
    static func merging(_ checks: [SchemaNode.Check]) -> [SchemaNode.Check]? {
        guard let at = checks.firstIndex(where: { if case .properties = $0 { true } else { false } }),
              case .properties(let properties) = checks[at], properties.count <= maximumProperties
        else { return nil }
        var end = at + 1
        var required: [(name: String, property: Int?)]?
        if end < checks.count, case .required(let names) = checks[end] {
            required = names.map { name in (name, properties.firstIndex { $0.name == name }) }
            end += 1
        }
        var additional: (schema: SchemaNode, declared: Set<String>)?
        if end < checks.count, case .additionalProperties(let schema, let declared) = checks[end] {
            additional = (schema, declared)
            end += 1
        }
        var merged = checks
        merged.replaceSubrange(at..<end, with: [.members(.init(properties: properties, required: required, additional: additional))])
        return merged
    }
}
