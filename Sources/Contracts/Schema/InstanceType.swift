/// The seven JSON Schema instance types of the `type` keyword.
enum InstanceType: String, CaseIterable, Sendable {
    case null, boolean, object, array, number, integer, string

    /// Whether `value` is of this type; every integer is also a number.
    func matches(_ value: JSONValue) -> Bool {
        switch (self, value) {
        case (.null, .null), (.boolean, .bool), (.object, .object), (.array, .array), (.number, .number),
             (.string, .string):
            true
        case (.integer, _):
            value.isInteger
        default:
            false
        }
    }
}
