import CivilTime

/// Checks a value against a compiled schema and collects every violation, in a stable order: keywords in the
/// order of `SchemaKeyword`, object members by name.
///
/// The path to the value in hand is kept as a stack of names and indexes and written out as a JSON Pointer only for
/// a violation: every member of every message passes here, and almost none fails.
struct SchemaEvaluator {
    /// One step of the path: an object member or an array item.
    enum PathStep {
        case member(String)
        case item(Int)
    }

    private(set) var violations: [SchemaViolation] = []
    private var path: [PathStep]
    /// Only whether the value is valid is wanted (an `if`, a `not`, the alternatives of an `anyOf`): no message is
    /// written and evaluation stops at the first violation. Conditions that do not hold are common on valid
    /// messages, so this runs often.
    private let verdictOnly: Bool
    private var failed = false

    init(path: [PathStep] = []) {
        self.init(path: path, verdictOnly: false)
    }

    private init(path: [PathStep], verdictOnly: Bool) {
        self.path = path
        self.verdictOnly = verdictOnly
    }

    /// The JSON Pointer of the value in hand.
    private var pointer: String {
        path.reduce("") { pointer, step in
            switch step {
            case .member(let name): JSONPointer.appending(name, to: pointer)
            case .item(let index): JSONPointer.appending(index, to: pointer)
            }
        }
    }

    mutating func evaluate(_ node: SchemaNode, _ value: JSONValue) {
        if let verdict = node.constant {
            if !verdict { fail("false", "no value is allowed here") }
            return
        }
        // Through the buffer: each check is lent to `evaluate`, where iterating the array would copy it out (a
        // reference count taken and dropped for every check of every value of every message).
        node.checks.withUnsafeBufferPointer { checks in
            for index in checks.indices {
                evaluate(checks[index], value)
                if failed && verdictOnly { return }
            }
        }
    }

    /// Whether `value` satisfies `node`: for the applicators that only need a verdict, and for a whole document
    /// before its violations are looked for.
    static func isValid(_ node: SchemaNode, _ value: JSONValue) -> Bool {
        var evaluation = SchemaEvaluator(path: [], verdictOnly: true)
        evaluation.evaluate(node, value)
        return !evaluation.failed
    }

    /// The violations of `node` by the value in hand, kept apart from this evaluation's.
    private func nested(_ node: SchemaNode, _ value: JSONValue) -> [SchemaViolation] {
        var evaluation = SchemaEvaluator(path: path)
        evaluation.evaluate(node, value)
        return evaluation.violations
    }

    /// Evaluates `node` on a member or item of the value in hand.
    private mutating func descend(_ step: PathStep, _ node: SchemaNode, _ value: JSONValue) {
        guard !verdictOnly else { return evaluate(node, value) }
        path.append(step)
        evaluate(node, value)
        path.removeLast()
    }

    private mutating func fail(_ keyword: String, _ message: @autoclosure () -> String) {
        failed = true
        guard !verdictOnly else { return }
        violations.append(SchemaViolation(path: pointer, keyword: keyword, message: message()))
    }

    private mutating func evaluate(_ check: SchemaNode.Check, _ value: JSONValue) {
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
            if case .string(let text) = value, RFC3339DateTime(contract: text) == nil {
                fail("format", "\(value.abbreviated()) is not an RFC 3339 date-time")
            }
        case .pattern(let pattern):
            if case .string(let text) = value, !pattern.matches(text) {
                fail("pattern", "\(value.abbreviated()) does not match \(pattern.source)")
            }
        case .minLength(let limit):
            // JSON Schema counts characters as Unicode code points, not grapheme clusters or UTF-16 units.
            // A code point takes 1 to 4 UTF-8 bytes, so the byte count (known without a walk) settles most texts.
            if case .string(let text) = value, text.utf8.count < limit * 4, text.unicodeScalars.count < limit {
                fail("minLength", "\(value.abbreviated()) is shorter than \(limit) character\(limit == 1 ? "" : "s")")
            }
        case .maxLength(let limit):
            if case .string(let text) = value, text.utf8.count > limit, text.unicodeScalars.count > limit {
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
            if case .array(let items) = value, let (first, second) = Self.firstDuplicate(items) {
                fail("uniqueItems", "items \(first) and \(second) are equal (\(items[first].abbreviated()))")
            }
        case .required(let names):
            if case .object(let members) = value {
                for name in names where members[name] == nil { missing(name) }
            }
        default:
            evaluateApplicator(check, value)
        }
    }

    /// The keywords that apply subschemas, to members, items or the value itself.
    private mutating func evaluateApplicator(_ check: SchemaNode.Check, _ value: JSONValue) {
        switch check {
        case .properties(let properties):
            guard case .object(let members) = value else { return }
            for (name, schema) in properties {
                if let member = members[name] { descend(.member(name), schema, member) }
            }
        case .additionalProperties(let schema, let declared):
            guard case .object(let members) = value, members.keys.contains(where: { !declared.contains($0) }) else { return }
            undeclared(members, schema, declared: declared)
        case .members(let object):
            guard case .object(let members) = value else { return }
            evaluateMembers(object, members)
        case .propertyNames(let schema):
            guard case .object(let members) = value else { return }
            for name in members.keys.sorted() where !Self.isValid(schema, .string(name)) {
                guard !verdictOnly else { return fail("propertyNames", "") }
                failed = true
                violations += nested(schema, .string(name)).map {
                    SchemaViolation(path: $0.path, keyword: $0.keyword, message: "property name \($0.message)")
                }
            }
        case .items(let schema):
            guard case .array(let items) = value else { return }
            for (index, item) in items.enumerated() { descend(.item(index), schema, item) }
        case .allOf(let schemas):
            for schema in schemas { evaluate(schema, value) }
        case .anyOf(let schemas):
            if schemas.contains(where: { Self.isValid($0, value) }) { return }
            guard !verdictOnly else { return fail("anyOf", "") }
            var reasons: [String] = []
            for (index, schema) in schemas.enumerated() {
                let found = nested(schema, value)
                if found.isEmpty { return }
                let here = pointer
                reasons.append("(\(index + 1)) " + found.map { Self.relative($0, to: here) }.joined(separator: ", "))
            }
            fail("anyOf", "matches none of the alternatives: " + reasons.joined(separator: "; "))
        case .not(let schema, let source):
            if Self.isValid(schema, value) { fail("not", "\(value.abbreviated()) is not allowed: it matches \(source)") }
        case .conditional(let condition, let then, let otherwise):
            let branch = Self.isValid(condition, value) ? then : otherwise
            if let branch { evaluate(branch, value) }
        default:
            preconditionFailure("evaluate(_:_:) handles the assertion keywords")
        }
    }

    private mutating func missing(_ name: String) {
        fail("required", "required property \(JSONValue.quote(name)) is missing")
    }

    /// `additionalProperties` on an object with members `declared` does not name.
    private mutating func undeclared(_ members: [String: JSONValue], _ schema: SchemaNode, declared: Set<String>) {
        // Sorted only here, when there is something to report: the usual object has no undeclared member.
        for (name, member) in members.sorted(by: { $0.key < $1.key }) where !declared.contains(name) {
            if schema.constant == false {
                // Reported on the object, like the reference validator, naming the member.
                fail("additionalProperties", "property \(JSONValue.quote(name)) is not allowed")
            } else {
                descend(.member(name), schema, member)
            }
        }
    }

    /// `properties`, `required` and `additionalProperties` as the three checks would, in their order, with one
    /// lookup of each declared member.
    private mutating func evaluateMembers(_ object: SchemaObjectMembers, _ members: [String: JSONValue]) {
        var present: UInt64 = 0
        var found = 0
        // Lent from the buffer, not copied out pair by pair: every member of every message passes here, and the
        // copies' reference counting was most of the check.
        let stopped = object.properties.withUnsafeBufferPointer { properties in
            for index in properties.indices {
                guard let member = members[properties[index].name] else { continue }
                present |= 1 << index
                found += 1
                if verdictOnly {
                    // No path is kept for a verdict: the step is not even made.
                    evaluate(properties[index].schema, member)
                    if failed { return true }
                } else {
                    descend(.member(properties[index].name), properties[index].schema, member)
                }
            }
            return false
        }
        if stopped { return }
        if object.required != nil {
            if failed && verdictOnly { return }
            // Usually every required member is a declared one and present: one test of the bits settles it.
            if object.requiredDeclared & present != object.requiredDeclared || object.requiresUndeclared,
               let required = object.required {
                for (name, property) in required {
                    let isPresent = if let property { present & (1 << property) != 0 } else { members[name] != nil }
                    if !isPresent { missing(name) }
                }
            }
        }
        // Every member is declared when as many were found as there are.
        guard found < members.count, let (schema, declared) = object.additional else { return }
        if failed && verdictOnly { return }
        undeclared(members, schema, declared: declared)
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
