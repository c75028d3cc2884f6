/// The JSON Schema (draft 2020-12) keywords this validator knows: exactly those the contract's schemas use.
/// Anything else fails compilation, so a schema cannot start relying on a check the services do not make.
enum SchemaKeyword: String, CaseIterable {
    // Annotations: recorded in the schema for people, no effect on validation.
    case schema = "$schema", id = "$id", title, description, contentEncoding
    // `format` checks date-time and treats any other format as an annotation.
    case format
    case type, `enum`, const
    case pattern, minLength, maxLength
    case minimum, maximum
    case properties, required, additionalProperties, propertyNames
    case items, minItems, uniqueItems
    case allOf, anyOf, not
    case `if`, then, `else`
}
