import Contracts
import Foundation
import Testing

/// The CloudEvents envelope (Kafka binding, binary mode): what goes out, and what is refused coming in.
@Suite struct EnvelopeTests {
    private let codec: ContractCodec
    private let nine = at("2026-03-02T09:00:00+08:00")

    init() throws {
        codec = ContractCodec(catalogue: try catalogue())
    }

    private func outgoing(_ type: MessageType = .callbackCompleted) throws -> OutgoingEvent {
        let sample = try #require(samples(for: type).first)
        return try encode(sample)
    }

    private func encode<P: EventPayload>(_ payload: P) throws(EnvelopeError) -> OutgoingEvent {
        try codec.encode(payload, id: "callback:evt-1:1", source: "callback", time: nine)
    }

    /// The event's headers as a consumer receives them, with `change` applied.
    private func received(
        _ event: OutgoingEvent, _ change: (inout [(name: String, value: Data?)]) -> Void = { _ in }
    ) -> [(name: String, value: Data?)] {
        var headers = event.headers.map { (name: $0.name, value: Optional(Data($0.value.utf8))) }
        change(&headers)
        return headers
    }

    private func refusal(
        _ headers: [(name: String, value: Data?)], value: Data?, topic: TopicName
    ) -> EnvelopeError? {
        do {
            _ = try codec.decode(headers: headers, value: value, topic: topic)
            Issue.record("the message was accepted")
            return nil
        } catch {
            return error
        }
    }

    /// The refusal of `event` with its headers changed.
    private func refusal(of event: OutgoingEvent, _ change: (inout [(name: String, value: Data?)]) -> Void) -> EnvelopeError? {
        refusal(received(event, change), value: event.value, topic: event.topic)
    }

    private static func set(_ name: String, _ value: String?) -> (inout [(name: String, value: Data?)]) -> Void {
        { headers in
            headers.removeAll { $0.name == name }
            if let value { headers.append((name, Data(value.utf8))) }
        }
    }

    @Test func headersFollowTheBindingByteForByte() throws {
        let event = try outgoing()
        #expect(event.headers.map(\.name) == [
            "ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time", "ce_subject", "content-type",
        ])
        #expect(event.headers.map(\.value) == [
            "1.0", "callback:evt-1:1", "callback", "callback.completed", "2026-03-02T09:00:00+08:00", "95598-20260415-0007",
            "application/json",
        ])
        #expect(event.topic == .callbacksResults)
        #expect(event.key == "95598-20260415-0007")
    }

    @Test(arguments: MessageType.allCases)
    func everyTypeRoundTripsThroughTheEnvelope(type: MessageType) throws {
        for sample in samples(for: type) {
            let event = try encode(sample)
            let incoming = try codec.decode(headers: received(event), value: event.value, topic: event.topic)
            #expect(incoming.attributes == event.attributes)
            #expect(incoming.type == type && incoming.id == "callback:evt-1:1" && incoming.topic == type.topic)
            #expect(try incoming.payload().isEqual(to: sample))
            #expect(incoming.body == event.value)
        }
    }

    @Test func typedPayloadComesBack() throws {
        let event = try outgoing(.complaintRegistered)
        let incoming = try codec.decode(headers: received(event), value: event.value, topic: .complaintsRegistered)
        let registered = try incoming.payload(as: ComplaintRegistered.self)
        #expect(registered.riskFlags == [.regulator, .repeated, .likelyToEscalate])
        #expect(throws: EnvelopeError.self) { try incoming.payload(as: ComplaintMerged.self) }
    }

    @Test func replayingIsByteForByteRepeatable() throws {
        for type in MessageType.allCases {
            for sample in samples(for: type) {
                #expect(try encode(sample) == encode(sample))
            }
        }
        let first = try outgoing(.reportPublished), second = try outgoing(.reportPublished)
        #expect(first.value == second.value)
    }

    @Test func ticketsAreKeyedByCustomerAndScoresByUnit() throws {
        #expect(try outgoing(.ticketSubmitted).key == "+86 472 555-0142")
        #expect(try outgoing(.unitScored).key == "st-halinge")
        #expect(try outgoing(.reportPublished).key == "csc")
        #expect(try outgoing(.messageRejected).key == nil)
        #expect(!(try outgoing(.reportPublished)).headers.contains { $0.name == "ce_subject" })
    }

    @Test(arguments: ["ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time", "ce_subject", "content-type"])
    func eachMissingHeaderIsNamed(name: String) throws {
        #expect(refusal(of: try outgoing(), Self.set(name, nil)) == .missingHeader(name: name))
    }

    @Test func aHeaderWithoutValueCountsAsMissing() throws {
        #expect(refusal(of: try outgoing(), { $0[1].value = nil }) == .missingHeader(name: "ce_id"))
    }

    @Test(arguments: [
        ("ce_specversion", "0.3", "1.0"), ("ce_id", "", "a non-empty id"), ("ce_source", "", "a non-empty source"),
        ("ce_time", "2026-03-02 09:00", "an RFC 3339 date-time"), ("ce_subject", "", "a ticket number"),
        ("content-type", "text/plain", "application/json (charset utf-8)"),
        ("content-type", "application/json; charset=latin1", "application/json (charset utf-8)"),
        ("ce_subject", "95598-20260415-9999", "the body's ticketNo 95598-20260415-0007"),
    ])
    func eachBadHeaderValueIsNamedWithWhatWasExpected(name: String, value: String, expected: String) throws {
        #expect(refusal(of: try outgoing(), Self.set(name, value))
            == .invalidHeader(name: name, value: value, expected: expected))
    }

    @Test func contentTypeMayCarryParameters() throws {
        let event = try outgoing()
        for value in ["application/json; charset=utf-8", "Application/JSON;charset=\"UTF-8\"", "application/json ; v=1"] {
            #expect(throws: Never.self) {
                try codec.decode(
                    headers: received(event, Self.set("content-type", value)), value: event.value, topic: event.topic)
            }
        }
    }

    @Test func timeIsReadInAnyOffset() throws {
        let event = try outgoing()
        let incoming = try codec.decode(
            headers: received(event, Self.set("ce_time", "2026-03-02T01:00:00.000Z")), value: event.value, topic: event.topic)
        #expect(incoming.attributes.time == nine)
    }

    @Test func outgoingTimeIsWhatConsumersRead() throws {
        let sample = try #require(samples(for: .callbackCompleted).first as? CallbackCompleted)
        let event = try codec.encode(sample, id: "e", source: "callback", time: nine.addingTimeInterval(0.123_456))
        #expect(event.headers.first { $0.name == "ce_time" }?.value == "2026-03-02T09:00:00.123+08:00")
        let incoming = try codec.decode(headers: received(event), value: event.value, topic: event.topic)
        #expect(incoming.attributes == event.attributes)
    }

    @Test func duplicateAndNonUTF8HeadersAreRefused() throws {
        let event = try outgoing()
        #expect(refusal(of: event, { $0.append(("ce_id", Data("other".utf8))) })
            == .invalidHeader(name: "ce_id", value: "callback:evt-1:1, other", expected: "a single value"))
        #expect(refusal(of: event, { $0[2].value = Data([0x63, 0xFF]) })
            == .invalidHeader(name: "ce_source", value: "c\u{FFFD}", expected: "UTF-8 text"))
    }

    @Test func unknownTypeIsRefused() throws {
        #expect(refusal(of: try outgoing(), Self.set("ce_type", "ticket.teleported")) == .unknownType("ticket.teleported"))
    }

    @Test func typeSentOnTheWrongTopicIsRefused() throws {
        let event = try outgoing()
        #expect(refusal(received(event), value: event.value, topic: .unitsReports)
            == .typeNotOnTopic(.callbackCompleted, topic: .unitsReports))
    }

    @Test func subjectMayBeAbsentOnlyWithoutATicket() throws {
        for type in [MessageType.reportPublished, .messageRejected] {
            let event = try outgoing(type)
            #expect(throws: Never.self) { try codec.decode(headers: received(event), value: event.value, topic: event.topic) }
        }
        // A score entry about a ticket needs its subject; the annual bonus (S8) has none.
        let scored = samples(for: .unitScored)
        let aboutTicket = try encode(try #require(scored[0] as? UnitScored))
        #expect(refusal(of: aboutTicket, Self.set("ce_subject", nil)) == .missingHeader(name: "ce_subject"))
        let bonus = try encode(try #require(scored[1] as? UnitScored))
        #expect(!bonus.headers.contains { $0.name == "ce_subject" })
        #expect(throws: Never.self) { try codec.decode(headers: received(bonus), value: bonus.value, topic: .complaintsScores) }
    }

    @Test func bodyThatIsNotJSONIsRefused() throws {
        let event = try outgoing()
        #expect(refusal(received(event), value: nil, topic: event.topic) == .bodyNotJSON(detail: "the message has no value"))
        guard case .bodyNotJSON? = refusal(received(event), value: Data("{\"ticketNo\":".utf8), topic: event.topic) else {
            Issue.record("expected bodyNotJSON")
            return
        }
    }

    @Test func bodyThatFailsItsSchemaIsRefusedWithEveryViolation() throws {
        let event = try outgoing()
        let body = Data(#"{"ticketNo":"95598-20260415-0007","by":"","outcome":"happy","method":"phone"}"#.utf8)
        guard case .schemaViolations(let type, let found)? = refusal(received(event), value: body, topic: event.topic) else {
            Issue.record("expected schemaViolations")
            return
        }
        #expect(type == .callbackCompleted)
        #expect(found.map(\.path) == ["/by", "/outcome"])
    }

    @Test func encodingRefusesAPayloadThatBreaksItsSchema() {
        let zero = UnitScored(unit: "st", tier: .station, ruleId: .s3, entry: 1, points: 0, reason: "r", period: "2026-03", total: 0)
        #expect(throws: EnvelopeError.schemaViolations(.unitScored, [
            SchemaViolation(path: "/points", keyword: "not", message: #"0 is not allowed: it matches {"const":0}"#),
        ])) { try encode(zero) }
        let nan = UnitScored(unit: "st", tier: .station, ruleId: .s3, entry: 1, points: .nan, reason: "r", period: "2026-03", total: 0)
        do {
            _ = try encode(nan)
            Issue.record("NaN was encoded")
        } catch {
            guard case .schemaViolations(_, let found) = error else { Issue.record("\(error)"); return }
            #expect(found.map(\.path) == ["/points"])
        }
        #expect(throws: EnvelopeError.invalidHeader(name: "ce_id", value: "", expected: "a non-empty id")) {
            try codec.encode(zero, id: "", source: "scoring", time: nine)
        }
    }

    @Test func everyRefusalHasAStableReasonCodeAndMakesAValidDeadLetter() throws {
        let refusals: [(EnvelopeError, String)] = [
            (.missingHeader(name: "ce_id"), "missing-header"),
            (.invalidHeader(name: "ce_time", value: "x", expected: "y"), "invalid-header"),
            (.unknownType("x"), "unknown-type"),
            (.typeNotOnTopic(.callbackCompleted, topic: .unitsReports), "wrong-topic"),
            (.bodyNotJSON(detail: "x"), "unparseable"),
            (.schemaViolations(.callbackDue, [SchemaViolation(path: "/a", keyword: "type", message: "m")]), "schema-violation"),
            (.undecodablePayload(.callbackDue, detail: "x"), "undecodable"),
        ]
        let event = try outgoing()
        for (error, code) in refusals {
            #expect(error.reasonCode.rawValue == code)
            #expect(!error.description.isEmpty)
            let letter = MessageRejected(
                refusing: error, topic: event.topic, partition: 2, offset: 41, key: event.key.map { Data($0.utf8) },
                value: event.value, headers: received(event))
            let found = try catalogue().schema(for: .messageRejected).violations(in: ContractJSON.encode(letter))
            #expect(found.isEmpty, "\(code): \(found)")
            #expect(letter.original == event.value && letter.headers["ce_type"] == "callback.completed")
            #expect(letter.reason == error.description)
        }
    }

    @Test func descriptionsTellAnOperatorWhatToFix() {
        #expect(EnvelopeError.missingHeader(name: "ce_time").description == "missing header ce_time")
        #expect(EnvelopeError.invalidHeader(name: "ce_specversion", value: "0.3", expected: "1.0").description
            == #"header ce_specversion is "0.3", expected 1.0"#)
        #expect(EnvelopeError.typeNotOnTopic(.callbackCompleted, topic: .unitsReports).description
            == "type callback.completed is carried by callbacks.results, not by units.reports")
        let violation = SchemaViolation(path: "/customer/phone", keyword: "pattern", message: #""abc" does not match ^x$"#)
        #expect(EnvelopeError.schemaViolations(.ticketSubmitted, [violation]).description
            == #"the ticket.submitted body violates its schema: /customer/phone: "abc" does not match ^x$"#)
    }
}
