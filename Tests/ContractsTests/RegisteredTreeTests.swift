import Contracts
import Foundation
import Testing

/// `complaint.registered` builds its JSON tree by hand (`HandEncodedPayload`), as the closed record does
/// (`HandEncodedPayloadTests`): the tree its `Encodable` conformance gives, member for member, for every optional
/// member present and absent, every data problem, channel and piece of evidence, and still valid against the schema.
@Suite struct RegisteredTreeTests {
    /// The sample with every optional member filled in, and the example.
    static func fullRegistrations() throws -> [ComplaintRegistered] {
        samples(for: .complaintRegistered).compactMap { $0 as? ComplaintRegistered }
            + [try ContractJSON.decode(ComplaintRegistered.self, from: exampleData(.complaintRegistered))]
    }

    /// A first call as the intake registers most: no category from the hotline, nothing matched, no risk words, no
    /// data problems, a customer with a phone alone.
    static var bare: ComplaintRegistered {
        ComplaintRegistered(
            ticketNo: "95598-20260415-0100",
            ticket: TicketSubmitted(
                ticketNo: "95598-20260415-0100", channel: .hotline95598, type: .consultation,
                customer: Customer(phone: "13904720100", named: false), area: nil, text: "电费怎么交",
                receivedAt: at("2026-04-15T10:00:00.250+08:00")),
            classification: .init(category: nil, confidence: 0, source: .model, disagreement: false),
            repeatDemand: .init(verdict: .notRepeat, reason: "无同一客户一月内的工单", ruleIds: [.r1]),
            riskFlags: [], firstOwner: Owner(unit: "hotline-95598"))
    }

    /// `registration` with each member that may be absent left out in turn, and every channel, data problem and
    /// value of the evidence's vocabularies.
    static func variants(of registration: ComplaintRegistered) -> [ComplaintRegistered] {
        var variants: [ComplaintRegistered] = []
        func adding(_ change: (inout ComplaintRegistered) -> Void) {
            var variant = registration
            change(&variant)
            variants.append(variant)
        }
        adding { $0.riskWords = nil }
        adding { $0.dataProblems = nil }
        adding { $0.dataProblems = DataProblemCode.allCases.map { .init(field: "customer.phone", code: $0, message: "m") } }
        adding { $0.classification.alternative = nil; $0.classification.disagreement = false }
        adding { $0.repeatDemand.evidence = RepeatEvidence() }
        adding { $0.repeatDemand = .init(verdict: .notRepeat, reason: "无同一客户一月内的工单", ruleIds: [.r1]) }
        adding { $0.ticket.customer = Customer(account: "0472-100234", named: false) }
        adding { $0.ticket.acceptedBy = Owner(unit: "csc", person: "客户服务中心 陈静"); $0.ticket.solvedAtOnce = true }
        for channel in Channel.allCases { adding { $0.ticket.channel = channel; $0.repeatDemand.evidence?.channel = channel } }
        for state in RepeatEvidence.EarlierState.allCases { adding { $0.repeatDemand.evidence?.earlierState = state } }
        for sameEvent in RepeatEvidence.SameEvent.allCases { adding { $0.repeatDemand.evidence?.sameEvent = sameEvent } }
        for sameCustomer in RepeatEvidence.SameCustomer.allCases {
            adding { $0.repeatDemand.evidence?.sameCustomer = sameCustomer }
        }
        return variants
    }

    @Test func theRegisteredTicketsTreeIsTheOneItsEncodableConformanceBuilds() throws {
        let registrations = try Self.fullRegistrations() + [Self.bare]
        #expect(registrations.count == 3)
        let schema = try catalogue().schema(for: .complaintRegistered)
        for registration in registrations + registrations.flatMap(Self.variants) {
            #expect(registration.jsonTree == (try ContractJSON.encodeTreeWithCodable(registration)), "\(registration)")
            #expect(schema.violations(of: registration.jsonTree).isEmpty, "\(registration)")
        }
    }

    /// JSON holds no NaN: `Encodable` refuses one, and the hand-built tree's null is refused by the schema, so neither
    /// is published.
    @Test func aConfidenceThatIsNoNumberIsNeverPublished() throws {
        var registration = Self.bare
        registration.classification.confidence = .nan
        #expect(throws: (any Error).self) { try ContractJSON.encodeTreeWithCodable(registration) }
        #expect(!(try catalogue().schema(for: .complaintRegistered).violations(of: registration.jsonTree).isEmpty))
    }
}
