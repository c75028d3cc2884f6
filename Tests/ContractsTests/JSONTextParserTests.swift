import Contracts
import Foundation
import Testing

/// Every consumed body is parsed by our own parser before its schema check; these hold what it makes of objects,
/// whose members it gathers before making each one's dictionary.
@Suite struct JSONTextParserTests {
    @Test func nestedObjectsKeepTheirOwnMembersAndALaterDuplicateNameWins() throws {
        let text = #"{"a":{"x":1,"y":{"z":[{"p":1,"p":2},{}]},"x":3},"b":[{"c":"第一"},{"c":"第二","d":null}],"a2":{}}"#
        let parsed = try JSONValue(parsing: Data(text.utf8))
        let expected: JSONValue = .object([
            "a": .object(["x": .number(3), "y": .object(["z": .array([.object(["p": .number(2)]), .object([:])])])]),
            "b": .array([.object(["c": .string("第一")]), .object(["c": .string("第二"), "d": .null])]),
            "a2": .object([:]),
        ])
        #expect(parsed == expected)
    }

    @Test func aBrokenObjectInsideAnotherIsRefusedWithWhereItBroke() {
        for text in [#"{"a":{"b":1,}}"#, #"{"a":{"b" 1}}"#, #"{"a":[{"b":1}}"#, #"{"a":{"b":1}"#] {
            #expect(throws: JSONParseError.self, "\(text)") { try JSONValue(parsing: Data(text.utf8)) }
        }
    }
}
