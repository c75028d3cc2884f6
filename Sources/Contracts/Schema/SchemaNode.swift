/// A compiled schema: a boolean schema, or the checks of its assertion and applicator keywords in a fixed order.
struct SchemaNode: Sendable {
    /// What one keyword (or, for `if`/`then`/`else`, one group of keywords) asserts.
    indirect enum Check: Sendable {
        case type([InstanceType])
        case enumeration([JSONValue])
        case constant(JSONValue)
        case dateTime
        case pattern(SchemaPattern)
        case minLength(Int)
        case maxLength(Int)
        case minimum(Double)
        case maximum(Double)
        case properties([(name: String, schema: SchemaNode)])
        case required([String])
        /// Applies to members not named in `properties` (there is no `patternProperties`).
        case additionalProperties(SchemaNode, declared: Set<String>)
        /// `properties`, `required` and `additionalProperties` of one schema, in one pass.
        case members(SchemaObjectMembers)
        case propertyNames(SchemaNode)
        case items(SchemaNode)
        case minItems(Int)
        case uniqueItems
        case allOf([SchemaNode])
        case anyOf([SchemaNode])
        /// The subschema's source is kept to say what the value must not be.
        case not(SchemaNode, source: JSONValue)
        case conditional(if: SchemaNode, then: SchemaNode?, else: SchemaNode?)
    }

    /// A boolean schema's verdict, or nil for an object schema.
    let constant: Bool?
    /// The object schema's checks, in the order of `SchemaKeyword`.
    let checks: [Check]

    static let acceptsAll = SchemaNode(constant: true, checks: [])
    static let rejectsAll = SchemaNode(constant: false, checks: [])
}
