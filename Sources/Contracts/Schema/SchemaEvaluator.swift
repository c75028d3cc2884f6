/// Checks a value against a compiled schema and collects every violation, in a stable order: keywords in the
/// order of `SchemaKeyword`, object members by name.
enum SchemaEvaluator {
    static func evaluate(
        _ node: SchemaNode, _ value: JSONValue, at path: String, into violations: inout [SchemaViolation]
    ) {
        if let verdict = node.constant {
            if !verdict { violations.append(.init(path: path, keyword: "false", message: "no value is allowed here")) }
            return
        }
        for check in node.checks {
            evaluate(check, value, at: path, into: &violations)
        }
    }

    /// Whether `value` satisfies `node`, for the applicators that only need a verdict.
    static func isValid(_ node: SchemaNode, _ value: JSONValue, at path: String) -> Bool {
        var violations: [SchemaViolation] = []
        evaluate(node, value, at: path, into: &violations)
        return violations.isEmpty
    }

    private static func evaluate(
        _ check: SchemaNode.Check, _ value: JSONValue, at path: String, into violations: inout [SchemaViolation]
    ) {
        func fail(_ keyword: String, _ message: String) {
            violations.append(SchemaViolation(path: path, keyword: keyword, message: message))
        }
        switch check {
        case .type(let types):
            if !types.contains(where: { $0.matches(value) }) {
                fail("type", "\(value.abbreviated()) is not of type \(types.map(\.rawValue).joined(separator: " or "))")
            }
        case .enumeration(let allowed):
            if !allowed.contains(value) {
                let list = allowed.map(\.description).joined(separator: ", ")
                fail("enum", "\(value.abbreviated()) is not one of \(list)")
            }
        case .constant(let expected):
            if expected != value { fail("const", "\(value.abbreviated()) is not \(expected)") }
        case .dateTime:
            if case .string(let text) = value, RFC3339Parts(text) == nil {
                fail("format", "\(value.abbreviated()) is not an RFC 3339 date-time")
            }
        case .pattern(let pattern):
            if case .string(let text) = value, !pattern.matches(text) {
                fail("pattern", "\(value.abbreviated()) does not match \(pattern.source)")
            }
        case .minLength(let limit):
            // JSON Schema counts characters as Unicode code points, not grapheme clusters or UTF-16 units.
            if case .string(let text) = value, text.unicodeScalars.count < limit {
                fail("minLength", "\(value.abbreviated()) is shorter than \(limit) character\(limit == 1 ? "" : "s")")
            }
        case .maxLength(let limit):
            if case .string(let text) = value, text.unicodeScalars.count > limit {
                fail("maxLength", "\(value.abbreviated()) is longer than \(limit) character\(limit == 1 ? "" : "s")")
            }
        case .minimum(let limit):
            if case .number(let number) = value, number < limit {
                fail("minimum", "\(value) is less than the minimum \(JSONValue.format(limit))")
            }
        case .maximum(let limit):
            if case .number(let number) = value, number > limit {
                fail("maximum", "\(value) is greater than the maximum \(JSONValue.format(limit))")
            }
        case .minItems(let limit):
            if case .array(let items) = value, items.count < limit {
                fail("minItems", "has \(items.count) item\(items.count == 1 ? "" : "s"), fewer than \(limit)")
            }
        case .uniqueItems:
            if case .array(let items) = value, let (first, second) = firstDuplicate(items) {
                fail("uniqueItems", "items \(first) and \(second) are equal (\(items[first].abbreviated()))")
            }
        case .required(let names):
            if case .object(let members) = value {
                for name in names where members[name] == nil {
                    fail("required", "required property \(JSONValue.quote(name)) is missing")
                }
            }
        default:
            evaluateApplicator(check, value, at: path, into: &violations)
        }
    }

    /// The keywords that apply subschemas, to members, items or the value itself.
    private static func evaluateApplicator(
        _ check: SchemaNode.Check, _ value: JSONValue, at path: String, into violations: inout [SchemaViolation]
    ) {
        switch check {
        case .properties(let properties):
            guard case .object(let members) = value else { return }
            for (name, schema) in properties {
                if let member = members[name] {
                    evaluate(schema, member, at: JSONPointer.appending(name, to: path), into: &violations)
                }
            }
        case .additionalProperties(let schema, let declared):
            // Sorted only when there is something to report: the usual object has no undeclared member.
            guard case .object(let members) = value, members.keys.contains(where: { !declared.contains($0) }) else { return }
            for (name, member) in members.sorted(by: { $0.key < $1.key }) where !declared.contains(name) {
                if schema.constant == false {
                    // Reported on the object, like the reference validator, naming the member.
                    violations.append(.init(path: path, keyword: "additionalProperties",
                                            message: "property \(JSONValue.quote(name)) is not allowed"))
                } else {
                    evaluate(schema, member, at: JSONPointer.appending(name, to: path), into: &violations)
                }
            }
        case .propertyNames(let schema):
            guard case .object(let members) = value else { return }
            for name in members.keys.sorted() {
                var found: [SchemaViolation] = []
                evaluate(schema, .string(name), at: path, into: &found)
                violations += found.map {
                    SchemaViolation(path: path, keyword: $0.keyword, message: "property name \($0.message)")
                }
            }
        case .items(let schema):
            guard case .array(let items) = value else { return }
            for (index, item) in items.enumerated() {
                evaluate(schema, item, at: JSONPointer.appending(index, to: path), into: &violations)
            }
        case .allOf(let schemas):
            for schema in schemas {
                evaluate(schema, value, at: path, into: &violations)
            }
        case .anyOf(let schemas):
            var reasons: [String] = []
            for (index, schema) in schemas.enumerated() {
                var found: [SchemaViolation] = []
                evaluate(schema, value, at: path, into: &found)
                if found.isEmpty { return }
                reasons.append("(\(index + 1)) " + found.map { relative($0, to: path) }.joined(separator: ", "))
            }
            violations.append(.init(path: path, keyword: "anyOf",
                                    message: "matches none of the alternatives: " + reasons.joined(separator: "; ")))
        case .not(let schema, let source):
            if isValid(schema, value, at: path) {
                violations.append(.init(path: path, keyword: "not",
                                        message: "\(value.abbreviated()) is not allowed: it matches \(source)"))
            }
        case .conditional(let condition, let then, let otherwise):
            let branch = isValid(condition, value, at: path) ? then : otherwise
            if let branch { evaluate(branch, value, at: path, into: &violations) }
        default:
            preconditionFailure("evaluate(_:_:at:into:) handles the assertion keywords")
        }
    }

    /// A nested violation's message, prefixed by its path below `path` when it is deeper.
    private static func relative(_ violation: SchemaViolation, to path: String) -> String {
        violation.path == path ? violation.message : "\(violation.path.dropFirst(path.count)): \(violation.message)"
    }

    /// The first pair of equal items; JSON equality is `JSONValue`'s, so 1 equals 1.0 and member order is ignored.
    private static func firstDuplicate(_ items: [JSONValue]) -> (Int, Int)? {
        for second in items.indices {
            for first in 0..<second where items[first] == items[second] { return (first, second) }
        }
        return nil
    }
}
