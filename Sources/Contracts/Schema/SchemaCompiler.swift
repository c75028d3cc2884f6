/// Turns a schema document into `SchemaNode`s, refusing keywords the validator does not implement.
struct SchemaCompiler {
    /// The schema's name, for errors.
    let name: String

    /// Compiles the (sub)schema `value` found at `location` inside the document.
    func compile(_ value: JSONValue, at location: String) throws(SchemaError) -> SchemaNode {
        switch value {
        case .bool(let verdict):
            return verdict ? .acceptsAll : .rejectsAll
        case .object(let members):
            return try compile(members, at: location)
        default:
            throw error(.notASchema, at: location)
        }
    }

    private func compile(_ members: [String: JSONValue], at location: String) throws(SchemaError) -> SchemaNode {
        var keywords: [SchemaKeyword: JSONValue] = [:]
        // Sorted so that, of several unsupported keywords, the same one is always reported.
        for (name, value) in members.sorted(by: { $0.key < $1.key }) {
            guard let keyword = SchemaKeyword(rawValue: name) else {
                throw error(.unsupportedKeyword(name), at: location)
            }
            keywords[keyword] = value
        }
        var checks: [SchemaNode.Check] = []
        for keyword in SchemaKeyword.allCases {
            guard let value = keywords[keyword] else { continue }
            if let check = try check(keyword, value, all: keywords, at: location) { checks.append(check) }
        }
        return SchemaNode(constant: nil, checks: SchemaObjectMembers.merging(checks) ?? checks)
    }

    /// The check `keyword` makes, or nil for annotations and for `then`/`else`, which `if` carries.
    private func check(
        _ keyword: SchemaKeyword, _ value: JSONValue, all keywords: [SchemaKeyword: JSONValue], at location: String
    ) throws(SchemaError) -> SchemaNode.Check? {
        let here = JSONPointer.appending(keyword.rawValue, to: location)
        func invalid(_ expected: String) -> SchemaError {
            error(.invalidValue(keyword: keyword.rawValue, expected: expected), at: location)
        }
        func count() throws(SchemaError) -> Int {
            guard value.isInteger, case .number(let number) = value, number >= 0 else {
                throw invalid("a non-negative integer")
            }
            return Int(number)
        }
        func number() throws(SchemaError) -> Double {
            guard case .number(let number) = value else { throw invalid("a number") }
            return number
        }
        func subschemas() throws(SchemaError) -> [SchemaNode] {
            guard case .array(let elements) = value, !elements.isEmpty else {
                throw invalid("a non-empty array of schemas")
            }
            var nodes: [SchemaNode] = []
            for (index, element) in elements.enumerated() {
                nodes.append(try compile(element, at: JSONPointer.appending(index, to: here)))
            }
            return nodes
        }

        switch keyword {
        case .schema, .id, .title, .description, .contentEncoding:
            guard case .string = value else { throw invalid("a string") }
            return nil
        case .format:
            guard case .string(let format) = value else { throw invalid("a string") }
            return format == "date-time" ? .dateTime : nil
        case .type:
            return .type(try types(value, invalid: invalid("a type name or an array of unique type names")))
        case .enum:
            guard case .array(let values) = value, !values.isEmpty else { throw invalid("a non-empty array") }
            return .enumeration(values)
        case .const:
            return .constant(value)
        case .pattern:
            guard case .string(let source) = value else { throw invalid("a string") }
            do {
                return .pattern(try SchemaPattern(source))
            } catch {
                throw self.error(.invalidPattern(source, reason: "\(error)"), at: location)
            }
        case .minLength:
            return .minLength(try count())
        case .maxLength:
            return .maxLength(try count())
        case .minimum:
            return .minimum(try number())
        case .maximum:
            return .maximum(try number())
        case .minItems:
            return .minItems(try count())
        case .uniqueItems:
            guard case .bool(let unique) = value else { throw invalid("a boolean") }
            return unique ? .uniqueItems : nil
        case .properties:
            guard case .object(let members) = value else { throw invalid("an object of schemas") }
            var properties: [(name: String, schema: SchemaNode)] = []
            for (name, member) in members.sorted(by: { $0.key < $1.key }) {
                properties.append((name, try compile(member, at: JSONPointer.appending(name, to: here))))
            }
            return .properties(properties)
        case .required:
            guard case .array(let elements) = value else { throw invalid("an array of unique strings") }
            var names: [String] = []
            for element in elements {
                guard case .string(let name) = element, !names.contains(name) else {
                    throw invalid("an array of unique strings")
                }
                names.append(name)
            }
            return .required(names)
        case .additionalProperties:
            var declared: Set<String> = []
            if case .object(let members)? = keywords[.properties] { declared = Set(members.keys) }
            return .additionalProperties(try compile(value, at: here), declared: declared)
        case .propertyNames:
            return .propertyNames(try compile(value, at: here))
        case .items:
            return .items(try compile(value, at: here))
        case .allOf:
            return .allOf(try subschemas())
        case .anyOf:
            return .anyOf(try subschemas())
        case .not:
            return .not(try compile(value, at: here), source: value)
        case .if:
            let then = try keywords[.then].map { value throws(SchemaError) in
                try compile(value, at: JSONPointer.appending("then", to: location))
            }
            let otherwise = try keywords[.else].map { value throws(SchemaError) in
                try compile(value, at: JSONPointer.appending("else", to: location))
            }
            return .conditional(if: try compile(value, at: here), then: then, else: otherwise)
        case .then, .else:
            // Compiled with `if`; without an `if` they have no effect, but they must still be schemas.
            if keywords[.if] == nil { _ = try compile(value, at: here) }
            return nil
        }
    }

    private func types(_ value: JSONValue, invalid: SchemaError) throws(SchemaError) -> [InstanceType] {
        switch value {
        case .string(let name):
            guard let type = InstanceType(rawValue: name) else { throw invalid }
            return [type]
        case .array(let names) where !names.isEmpty:
            var types: [InstanceType] = []
            for name in names {
                guard case .string(let text) = name, let type = InstanceType(rawValue: text), !types.contains(type)
                else {
                    throw invalid
                }
                types.append(type)
            }
            return types
        default:
            throw invalid
        }
    }

    private func error(_ kind: SchemaError.Kind, at location: String) -> SchemaError {
        SchemaError(schema: name, location: location, kind: kind)
    }
}
