import Contracts
import Foundation
@testable import ScoringService
import TestFixtures
import Testing

/// The views the benchmark makes of whole events (`RegisteredFacts(_:)`, `ClosedFacts(_:)`) are what decoding the
/// event gives the handlers.
@Suite struct EventViewTests {
    private func example<Value: Decodable>(_ type: MessageType, as value: Value.Type) throws -> Value {
        let file = RepositoryFiles.topics.appendingPathComponent("examples/\(type.rawValue).json")
        return try ContractJSON.decode(Value.self, from: Data(contentsOf: file))
    }

    @Test func registeredView() throws {
        let event = try example(.complaintRegistered, as: ComplaintRegistered.self)
        #expect(RegisteredFacts(event) == (try example(.complaintRegistered, as: RegisteredFacts.self)))
    }

    @Test func closedView() throws {
        var event = try example(.complaintClosed, as: ComplaintClosed.self)
        #expect(ClosedFacts(event) == (try example(.complaintClosed, as: ClosedFacts.self)))
        // The members the example leaves empty: the view must carry them too.
        event.falseResolution = .init(unit: "st-machi", at: event.closedAt)
        event.responsibility = nil
        event.satisfaction = nil
        let view = ClosedFacts(event)
        #expect(view.falseResolution == event.falseResolution && view.responsibility == nil && view.satisfaction == nil)
    }
}
