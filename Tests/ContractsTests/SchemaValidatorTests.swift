import Contracts
import Foundation
import TestFixtures
import Testing

/// The validator on the contract's schemas: every violation, with its path and a message an operator can act on.
@Suite struct SchemaValidatorTests {
    @Test(arguments: MessageType.allCases)
    func everyExampleIsValid(type: MessageType) throws {
        let found = try catalogue().schema(for: type).violations(in: exampleData(type))
        #expect(found.isEmpty, "\(type.rawValue): \(found)")
    }

    @Test func missingRequiredFieldIsReportedOnItsObject() throws {
        let found = try violations(.ticketSubmitted, try example(.ticketSubmitted) { $0.removeValue(forKey: "receivedAt") })
        let message = #"required property "receivedAt" is missing"#
        #expect(found == [SchemaViolation(path: "", keyword: "required", message: message)])
        #expect(found.first?.description == #"(root): required property "receivedAt" is missing"#)
    }

    @Test func wrongEnumValueListsTheAllowedOnes() throws {
        let found = try violations(.callbackCompleted, try example(.callbackCompleted) { $0["method"] = "email" })
        #expect(found.map(\.description) == [#"/method: "email" is not one of "phone", "letter", "visit""#])
    }

    /// A pattern names its field and the pattern: the registered ticket's area is a code in capitals.
    @Test func badAreaCodeFailsThePattern() throws {
        let found = try violations(.complaintRegistered, try example(.complaintRegistered) { object in
            var ticket = object["ticket"] as? [String: Any] ?? [:]
            ticket["area"] = "jy-mc"
            object["ticket"] = ticket
        })
        #expect(found.map(\.description) == [#"/ticket/area: "jy-mc" does not match ^[A-Z0-9]+(-[A-Z0-9]+)*$"#])
    }

    @Test func badDateTimeIsReported() throws {
        let found = try violations(.ticketSubmitted, try example(.ticketSubmitted) {
            $0["receivedAt"] = "2026-03-02T25:00:00+08:00"
        })
        #expect(found.map(\.description) == [#"/receivedAt: "2026-03-02T25:00:00+08:00" is not an RFC 3339 date-time"#])
    }

    @Test func additionalPropertyIsRefusedWhereTheSchemaIsClosed() throws {
        let found = try violations(.complaintAssigned, try example(.complaintAssigned) {
            $0["priority"] = "high"
            $0["owner"] = ["unit": "st-machi", "phone": "1390000"]
        })
        #expect(found.map(\.description) == [
            #"/owner: property "phone" is not allowed"#, #"(root): property "priority" is not allowed"#,
        ])
    }

    /// H1: a ticket with neither a way to tell the customer nor an area cannot be one.
    @Test func neitherAWayToTellTheCustomerNorAnAreaFailsAnyOf() throws {
        let found = try violations(.ticketSubmitted, try example(.ticketSubmitted) {
            $0["customer"] = ["name": "王女士", "named": true]
            $0.removeValue(forKey: "area")
        })
        #expect(found.map(\.path) == [""])
        #expect(found.map(\.keyword) == ["anyOf"])
        #expect(found.first?.message.hasPrefix(#"matches none of the alternatives: (1) required property "area" is missing; "#) == true)
    }

    @Test func complaintWithAReportCategoryBreaksTheIfThenRule() throws {
        let found = try violations(.complaintRegistered, try example(.complaintRegistered) { object in
            var ticket = object["ticket"] as? [String: Any] ?? [:]
            ticket["category"] = "theft"
            object["ticket"] = ticket
        })
        #expect(found.map(\.path) == ["/ticket/category"])
        #expect(found.map(\.keyword) == ["enum"])
        #expect(found.first?.message.hasPrefix(#""theft" is not one of "meter-seal", "#) == true)
    }

    @Test func everyViolationIsReportedNotOnlyTheFirst() throws {
        let found = try violations(.deadlineMissed, try example(.deadlineMissed) {
            $0.removeValue(forKey: "unit")
            $0["tier"] = "board"
            $0["step"] = "h6"
        })
        #expect(found.map(\.path) == ["/step", "/tier", ""])
    }

    /// The level is at least the new tier's: an escalation to the CSC is level IV or above, never V.
    @Test func tierAndLevelMustAgree() throws {
        let found = try violations(.complaintEscalated, try example(.complaintEscalated) { $0["level"] = "V" })
        #expect(found.map(\.description) == [#"/level: "V" is not one of "IV", "III", "II", "I""#])
        let higher = try violations(.complaintEscalated, try example(.complaintEscalated) { $0["level"] = "III" })
        #expect(higher.isEmpty, "a ticket that reached marketing before keeps level III when it comes back to the CSC")
    }

    @Test func zeroPointsAreRefusedByNot() throws {
        let found = try violations(.unitScored, try example(.unitScored) { $0["points"] = 0 })
        #expect(found.map(\.description) == [#"/points: 0 is not allowed: it matches {"const":0}"#])
    }

    @Test func booleansAreNotNumbersAndNumbersAreNotBooleans() throws {
        let due = try example(.callbackDue)
        guard case .object(var members) = due else { throw Unexpected() }
        members["attempt"] = .bool(true)
        members["named"] = .number(1)
        let found = try violations(.callbackDue, .object(members))
        #expect(found.map(\.description) == ["/attempt: true is not of type integer", "/named: 1 is not of type boolean"])
    }

    @Test func parsingKeepsBooleansAndNumbersApart() throws {
        #expect(try json(#"[true, false, 1, 0, 1.0, 1.5, -3, 1e2, null]"#) == .array([
            .bool(true), .bool(false), .number(1), .number(0), .number(1), .number(1.5), .number(-3), .number(100), .null,
        ]))
        #expect(try json("1.0").isInteger)
        #expect(try json("1e2").isInteger)
        #expect(!(try json("1.5").isInteger))
        #expect(!(try json("true").isInteger))
    }

    @Test func oneDotZeroIsAnInteger() throws {
        let found = try violations(.callbackDue, try json(#"""
            {"ticketNo":"95598-1","unit":"st","dueAt":"2026-03-02T09:00:00+08:00","step":"C1","attempt":2.0,"named":true}
            """#))
        #expect(found.isEmpty)
    }

    @Test func lengthsCountCodePoints() throws {
        // 64 emoji are 128 UTF-16 units but 64 code points: within maxLength 64.
        let ok = try violations(.callbackCompleted, try example(.callbackCompleted) {
            $0["ticketNo"] = String(repeating: "😀", count: 64)
        })
        #expect(ok.isEmpty)
        let long = try violations(.callbackCompleted, try example(.callbackCompleted) {
            $0["ticketNo"] = String(repeating: "工", count: 65)
        })
        #expect(long.map(\.keyword) == ["maxLength"])
    }

    @Test func notJSONIsAParseError() {
        #expect(throws: JSONParseError.self) {
            try catalogue().schema(for: .ticketSubmitted).violations(in: Data("{\"ticketNo\":".utf8))
        }
    }
}

/// Compiling schemas: only the keywords the contract uses, each with a value of the right shape.
@Suite struct SchemaCompilationTests {
    private func compile(_ text: String) throws(SchemaError) -> JSONSchema {
        try JSONSchema(data: Data(text.utf8), name: "test")
    }

    @Test func unsupportedKeywordFailsNamingKeywordAndSchema() {
        #expect(throws: SchemaError(schema: "test", location: "", kind: .unsupportedKeyword("patternProperties"))) {
            try compile(#"{"type": "object", "patternProperties": {"^x": true}}"#)
        }
    }

    @Test func unsupportedKeywordDeepInsideIsFoundWithItsLocation() {
        do {
            _ = try compile(##"{"properties": {"a": {"anyOf": [{"type": "string"}, {"$ref": "#/x"}]}}}"##)
            Issue.record("compiled")
        } catch {
            #expect(error == SchemaError(schema: "test", location: "/properties/a/anyOf/1", kind: .unsupportedKeyword("$ref")))
            #expect(error.description == ##"schema test at #/properties/a/anyOf/1: unsupported keyword "$ref""##)
        }
    }

    @Test func malformedKeywordValuesFail() {
        for text in [#"{"type": "text"}"#, #"{"required": "a"}"#, #"{"minLength": -1}"#, #"{"minItems": 1.5}"#,
                     #"{"enum": []}"#, #"{"anyOf": []}"#, #"{"uniqueItems": 1}"#, #"{"title": 3}"#, #"{"not": 3}"#] {
            #expect(throws: SchemaError.self, "\(text)") { try compile(text) }
        }
        #expect(throws: SchemaError.self) { try compile(#"{"pattern": "(["}"#) }
        #expect(throws: SchemaError.self) { try compile("[]") }
    }

    @Test func patternsSearchUnanchored() throws {
        let schema = try compile(#"{"pattern": "[0-9]{3}"}"#)
        #expect(schema.violations(of: .string("tel 123 ext")).isEmpty)
        #expect(schema.violations(of: .string("12")).map(\.keyword) == ["pattern"])
        #expect(schema.violations(of: .number(12)).isEmpty, "pattern applies to strings only")
    }

    @Test func dollarAnchorsOnlyAtTheEndAsInECMAScript() throws {
        // ICU and Python's re let "$" match before a final newline; JSON Schema's ECMA-262 dialect does not.
        let schema = try compile(#"{"pattern": "^[a-z]+$"}"#)
        #expect(schema.violations(of: .string("st")).isEmpty)
        #expect(schema.violations(of: .string("st\n")).map(\.keyword) == ["pattern"])
        let literal = try compile(#"{"pattern": "^\\$[$]x$"}"#)
        #expect(literal.violations(of: .string("$$x")).isEmpty)
    }

    @Test func otherFormatsAreAnnotations() throws {
        let schema = try compile(#"{"format": "email", "contentEncoding": "base64", "description": "x"}"#)
        #expect(schema.violations(of: .string("not an email")).isEmpty)
    }

    @Test func aFalseSchemaAllowsNoValueAndElseAppliesWhenIfFails() throws {
        let schema = try compile(#"""
            {"properties": {"a": false}, "if": {"required": ["b"]}, "then": {"required": ["c"]}, "else": {"required": ["d"]}}
            """#)
        #expect(schema.violations(of: try json(#"{"b": 1, "c": 1}"#)).isEmpty)
        #expect(schema.violations(of: try json(#"{"b": 1}"#)).map(\.message) == [#"required property "c" is missing"#])
        #expect(schema.violations(of: try json(#"{}"#)).map(\.message) == [#"required property "d" is missing"#])
        #expect(schema.violations(of: try json(#"{"a": 1, "d": 1}"#)).map(\.description) == ["/a: no value is allowed here"])
    }

    @Test func propertiesRequiredAndAdditionalPropertiesReportInKeywordOrder() throws {
        // Checked in one pass over the members (`SchemaObjectMembers`), reported as the three keywords in turn would.
        let schema = try compile(#"""
            {"properties": {"a": {"type": "string"}, "b": {"type": "integer"}}, "required": ["b", "c", "a"],
             "additionalProperties": {"type": "boolean"}}
            """#)
        #expect(schema.violations(of: try json(#"{"a": "x", "b": 1, "c": true}"#)).isEmpty)
        #expect(schema.violations(of: try json(#"{"a": 1, "e": 2, "d": false}"#)).map(\.description) == [
            "/a: 1 is not of type string", #"(root): required property "b" is missing"#,
            #"(root): required property "c" is missing"#, "/e: 2 is not of type boolean",
        ])
        #expect(schema.violations(of: try json("[1]")).isEmpty, "only objects have members")
    }

    @Test func uniqueItemsComparesNumbersByValue() throws {
        let schema = try compile(#"{"uniqueItems": true}"#)
        #expect(schema.violations(of: try json("[1, 1.0]")).map(\.message) == ["items 0 and 1 are equal (1)"])
        #expect(schema.violations(of: try json("[1, true, \"1\"]")).isEmpty)
        #expect(schema.violations(of: try json(#"[{"a": 1, "b": 2}, {"b": 2, "a": 1}]"#)).count == 1)
    }

    @Test func pointersEscapeSlashAndTilde() throws {
        let schema = try compile(#"{"additionalProperties": {"type": "string"}}"#)
        #expect(schema.violations(of: try json(#"{"a/b~c": 1}"#)).map(\.path) == ["/a~1b~0c"])
    }

    @Test func catalogueRefusesASchemaWithAnUnsupportedKeyword() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("contracts-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.copyItem(at: RepositoryFiles.topics, to: directory)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("schemas/callback.due.schema.json")
        var schema = try jsonObject(at: file)
        schema["dependentRequired"] = ["named": ["unit"]]
        try JSONSerialization.data(withJSONObject: schema).write(to: file)

        do {
            _ = try TopicCatalogue.load(directory: directory)
            Issue.record("the catalogue loaded")
        } catch {
            #expect(error.problems.map(\.kind) == [
                .uncompilableSchema(.callbackDue, SchemaError(
                    schema: "callback.due", location: "", kind: .unsupportedKeyword("dependentRequired"))),
            ])
            #expect(error.description.contains(
                #"callback.due.schema.json: JSON Schema of type callback.due cannot be compiled: "#
                    + #"unsupported keyword "dependentRequired""#))
        }
    }
}

private struct Unexpected: Error {}
