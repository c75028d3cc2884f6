import Contracts
import Foundation
import Testing

/// The typed payloads and the schemas describe the same messages, in both directions.
@Suite struct PayloadTests {
    @Test(arguments: MessageType.allCases)
    func exampleSurvivesDecodingAndEncodingAndStillValidates(type: MessageType) throws {
        let (first, bytes, second) = try roundTrip(type.payloadType, exampleData(type))
        let found = try catalogue().schema(for: type).violations(in: bytes)
        #expect(found.isEmpty, "\(type.rawValue): \(found)")
        #expect(first.isEqual(to: second), "\(type.rawValue) changed on a second round trip")
    }

    @Test(arguments: MessageType.allCases)
    func reencodedExampleKeepsEveryMemberOfTheExample(type: MessageType) throws {
        // Nothing the schema names is lost: the re-encoded JSON equals the example's, member for member.
        let original = try JSONValue(parsing: exampleData(type))
        let reencoded = try JSONValue(parsing: roundTrip(type.payloadType, exampleData(type)).bytes)
        #expect(reencoded == original, "\(type.rawValue)")
    }

    @Test(arguments: MessageType.allCases)
    func samplesBuiltInSwiftValidateAgainstTheSchema(type: MessageType) throws {
        let built = samples(for: type)
        #expect(!built.isEmpty, "\(type.rawValue) has no sample")
        for sample in built {
            #expect(Swift.type(of: sample).messageType == type)
            let bytes = try ContractJSON.encode(sample)
            let found = try catalogue().schema(for: type).violations(in: bytes)
            #expect(found.isEmpty, "\(type.rawValue): \(found)\n\(String(decoding: bytes, as: UTF8.self))")
            #expect(try sample.decodesEqual(from: bytes), "\(type.rawValue) does not survive a round trip")
        }
    }

    @Test(arguments: MessageType.allCases)
    func encodingIsDeterministic(type: MessageType) throws {
        for sample in samples(for: type) {
            #expect(try ContractJSON.encode(sample) == ContractJSON.encode(sample))
        }
    }

    @Test(arguments: MessageType.allCases)
    func partitionKeyFollowsTheTopicsKey(type: MessageType) throws {
        let key = try catalogue().definition(of: type.topic).key
        for sample in samples(for: type) {
            let object = try #require(try JSONValue(parsing: ContractJSON.encode(sample)).objectMembers)
            let expected: String? = switch key {
            case .ticketNo: object["ticketNo"]?.text
            case .customer: (object["customer"]?.objectMembers?["account"] ?? object["customer"]?.objectMembers?["phone"])?.text
            case .unit: (object["unit"] ?? object["scope"])?.text
            case .original: object["originalKey"]?.text
            }
            #expect(sample.partitionKey == expected, "\(type.rawValue)")
            #expect(sample.subject == object["ticketNo"]?.text, "\(type.rawValue)")
        }
    }

    @Test func ticketsAreKeyedByAccountElsePhone() {
        let ticket = TicketSubmitted(
            ticketNo: "95598-1", channel: .hotline95598, type: .complaint, customer: Customer(phone: "13900000000", named: true),
            area: "JY", text: "x", receivedAt: at("2026-03-02T09:00:00+08:00"))
        #expect(ticket.partitionKey == "13900000000")
        var withAccount = ticket
        withAccount.customer.account = "0472-1"
        #expect(withAccount.partitionKey == "0472-1")
        #expect(withAccount.subject == "95598-1")
    }

    @Test func nullableFieldsAreWrittenAsNullAndOptionalOnesLeftOut() throws {
        let closed = try #require(samples(for: .complaintClosed).first as? ComplaintClosed)
        let text = String(decoding: try ContractJSON.encode(closed), as: UTF8.self)
        #expect(text.contains(#""category":null"#))
        #expect(text.contains(#""responsibility":null"#))
        #expect(!text.contains("matchedTicketNo"))
        #expect(!text.contains(#""account""#))

        var missing = try #require(try JSONSerialization.jsonObject(with: ContractJSON.encode(closed)) as? [String: Any])
        missing.removeValue(forKey: "category")
        #expect(throws: DecodingError.self) {
            try ContractJSON.decode(ComplaintClosed.self, from: JSONSerialization.data(withJSONObject: missing))
        }
    }

    @Test func unknownFieldsOfInboundTypesAreIgnored() throws {
        let data = Data(#"{"ticketNo":"95598-1","by":"客户代表 张敏","outcome":"satisfied","method":"phone","crmId":42}"#.utf8)
        let completed = try ContractJSON.decode(CallbackCompleted.self, from: data)
        #expect(completed == CallbackCompleted(ticketNo: "95598-1", by: "客户代表 张敏", outcome: .satisfied, method: .phone))
    }

    @Test func levelsFollowTiers() {
        #expect(Tier.allCases.map(\.level) == [.v, .iv, .iii, .ii, .i])
        let escalated = ComplaintEscalated(ticketNo: "t", fromTier: .station, toTier: .csc, fromUnit: "st", reason: .unsatisfied,
                                           ruleId: .h7)
        #expect(escalated.level == .iv)
    }

    @Test func categoriesFitTicketTypesAsTheSchemaSays() {
        #expect(Category.theft.fits(.report) && !Category.theft.fits(.complaint))
        #expect(Category.attitude.fits(.complaint) && !Category.attitude.fits(.report))
        #expect(Category.allCases.allSatisfy { $0.fits(.praise) })
    }

    @Test func deadLettersEncodeTheOriginalBytesAsBase64() throws {
        let rejected = MessageRejected(
            sourceTopic: .hotlineTickets, partition: 1, offset: 2, reason: "r", reasonCode: .unparseable,
            original: Data("not json".utf8), originalKey: nil, headers: [:])
        let text = String(decoding: try ContractJSON.encode(rejected), as: UTF8.self)
        #expect(text.contains(#""originalBase64":"bm90IGpzb24=""#))
        #expect(text.contains(#""originalKey":null"#))
    }
}

/// Every closed set of the code has exactly the values of the schema's `enum` it stands for.
@Suite struct VocabularyTests {
    private static func schemaEnum(_ type: MessageType, _ path: [String]) throws -> [String] {
        var node = try JSONValue(parsing: try catalogue().schemaData(for: type))
        for key in path {
            node = try #require(node.objectMembers?[key], "\(type.rawValue) has no \(path.joined(separator: "/"))")
        }
        guard case .array(let values) = node else { throw SchemaShapeError() }
        return values.compactMap(\.text)
    }

    private struct SchemaShapeError: Error {}

    private static func rawValues<Value: CaseIterable & RawRepresentable<String>>(_: Value.Type) -> [String] {
        Value.allCases.map(\.rawValue)
    }

    @Test func closedSetsMatchTheSchemaEnums() throws {
        let cases: [([String], MessageType, [String])] = [
            (Self.rawValues(Channel.self), .ticketSubmitted, ["properties", "channel", "enum"]),
            (Self.rawValues(TicketType.self), .ticketSubmitted, ["properties", "type", "enum"]),
            (Self.rawValues(Category.self), .ticketSubmitted, ["properties", "category", "enum"]),
            (Self.rawValues(Tier.self), .complaintAssigned, ["properties", "tier", "enum"]),
            (Self.rawValues(UnitRole.self), .complaintAssigned, ["properties", "role", "enum"]),
            (Self.rawValues(Level.self), .complaintEscalated, ["properties", "level", "enum"]),
            (Self.rawValues(CallbackOutcome.self), .callbackCompleted, ["properties", "outcome", "enum"]),
            (Self.rawValues(ContactMethod.self), .callbackCompleted, ["properties", "method", "enum"]),
            (Self.rawValues(Responsibility.self), .handlingVerified, ["properties", "responsibility", "enum"]),
            (Self.rawValues(RiskFlag.self), .complaintRegistered, ["properties", "riskFlags", "items", "enum"]),
            (Self.rawValues(AppealGround.self), .appealFiled, ["properties", "ground", "enum"]),
            (Self.rawValues(AppealDecision.self), .appealDecided, ["properties", "decision", "enum"]),
            (Self.rawValues(AppealStatus.self), .complaintClosed, ["properties", "appeal", "enum"]),
            (Self.rawValues(CallbackStep.self), .callbackDue, ["properties", "step", "enum"]),
            (Self.rawValues(AssignmentReason.self), .complaintAssigned, ["properties", "reason", "enum"]),
            (Self.rawValues(EscalationReason.self), .complaintEscalated, ["properties", "reason", "enum"]),
            (Self.rawValues(ClassificationSource.self), .complaintRegistered,
             ["properties", "classification", "properties", "source", "enum"]),
            (Self.rawValues(RepeatVerdict.self), .complaintRegistered,
             ["properties", "repeatDemand", "properties", "verdict", "enum"]),
            (Self.rawValues(ReportKind.self), .reportPublished, ["properties", "kind", "enum"]),
            (Self.rawValues(DeadLetterCode.self), .messageRejected, ["properties", "reasonCode", "enum"]),
            (Self.rawValues(TopicName.self), .messageRejected, ["properties", "sourceTopic", "enum"]),
            (Self.rawValues(MessageType.self), .complaintClosed,
             ["properties", "timeline", "items", "properties", "type", "enum"]),
        ]
        for (code, type, path) in cases {
            #expect(code == (try Self.schemaEnum(type, path)), "\(type.rawValue) \(path.joined(separator: "/"))")
        }
    }
}

extension EventPayload {
    /// Whether `other` is the same payload; for comparing existentials.
    func isEqual(to other: any EventPayload) -> Bool {
        (other as? Self) == self
    }

    /// Whether decoding `bytes` as this payload's type gives this payload back.
    func decodesEqual(from bytes: Data) throws -> Bool {
        try ContractJSON.decode(Self.self, from: bytes) == self
    }
}

extension JSONValue {
    /// The members of an object, nil for any other value.
    var objectMembers: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The text of a string, nil for any other value.
    var text: String? {
        if case .string(let text) = self { return text }
        return nil
    }
}
