import Contracts
import Foundation
import Testing

/// `ContractJSON` encodes into and decodes from `JSONValue` trees (validated in between); its bytes and values must
/// be what Foundation's coders with the contract's options give, so switching coders changed no published byte and
/// no consumed value.
@Suite struct CanonicalJSONTests {
    private func foundationDecode<P: EventPayload>(_ type: P.Type, _ data: Data) throws -> P {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            return try Timestamp.parse(container.decode(String.self)) ?? { throw CocoaError(.coderInvalidValue) }()
        }
        decoder.dataDecodingStrategy = .base64
        return try decoder.decode(type, from: data)
    }

    private func agree<P: EventPayload>(_ type: P.Type, _ data: Data) throws -> Bool {
        try ContractJSON.decode(type, from: data) == foundationDecode(type, data)
    }

    @Test(arguments: MessageType.allCases)
    func everyExampleDecodesAsFoundationDecodesIt(type: MessageType) throws {
        #expect(try agree(type.payloadType, exampleData(type)), "\(type.rawValue)")
    }

    @Test func aMissingMemberIsReportedWithItsPath() throws {
        #expect {
            _ = try ContractJSON.decode(Customer.self, from: Data(#"{"account":"0472-1"}"#.utf8))
        } throws: { error in
            guard case DecodingError.keyNotFound(let key, _) = error else { return false }
            return key.stringValue == "named"
        }
    }

    private func foundationBytes(_ payload: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.format(date))
        }
        encoder.dataEncodingStrategy = .base64
        return try encoder.encode(payload)
    }

    @Test(arguments: MessageType.allCases)
    func everySampleIsWrittenByteForByteAsFoundationWritesIt(type: MessageType) throws {
        for sample in samples(for: type) {
            #expect(try ContractJSON.encode(sample) == foundationBytes(sample), "\(type.rawValue)")
        }
    }

    @Test func stringsAreEscapedAndNullableFieldsWrittenAsNull() throws {
        let rejected = MessageRejected(
            sourceTopic: .hotlineTickets, partition: 3, offset: 42, reason: "a \"quoted\" reason\nwith\ttabs \u{01} and /",
            reasonCode: .unparseable, original: Data([0xFF, 0x00, 0x7B]), originalKey: nil,
            headers: ["ce_type": "ticket.submitted", "ce_id": "x"])
        let text = String(decoding: try ContractJSON.encode(rejected), as: UTF8.self)
        #expect(text == #"{"headers":{"ce_id":"x","ce_type":"ticket.submitted"},"offset":42,"originalBase64":"/wB7","originalKey":null,"partition":3,"reason":"a \"quoted\" reason\nwith\ttabs \u0001 and /","reasonCode":"unparseable","sourceTopic":"hotline.tickets"}"#)
        #expect(try ContractJSON.decode(MessageRejected.self, from: Data(text.utf8)) == rejected)
    }

    @Test func aNumberJSONCannotHoldIsRefusedWhereItIs() throws {
        #expect(throws: EncodingError.self) { try ContractJSON.encode(["rate": Double.nan]) }
        do {
            _ = try ContractJSON.encode(["rates": [["rate": 1], ["rate": Double.infinity]]])
            Issue.record("infinity was encoded")
        } catch EncodingError.invalidValue(_, let context) {
            #expect(context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue } == ["rates", "1", "rate"])
        }
    }
}
