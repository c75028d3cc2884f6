import Contracts
import Foundation
import Kafka
import TestSupport

/// One ticket of the mix and the events scoring reads about it, each at its time: the intake's registration (the whole
/// contract event), routing's first assignment, the unit's verification (H2), the closed record (steps, timeline,
/// closed loop, masked customer) and the analysis of the event (E8) when the profile has one.
struct SyntheticTicket: Sendable {
    enum Event: CaseIterable {
        case registered, assigned, verified, closed, analysis
    }

    var registered: ComplaintRegistered
    var assigned: ComplaintAssigned
    var verified: HandlingVerified
    var closed: ComplaintClosed
    var analysis: AnalysisSubmitted?
    var assignedAt: Date
    var verifiedAt: Date
    var analysedAt: Date

    var ticketNo: String { registered.ticketNo }

    /// The events in the order they happen.
    var events: [Event] { analysis == nil ? [.registered, .assigned, .verified, .closed] : Event.allCases }

    func time(of event: Event) -> Date {
        switch event {
        case .registered: registered.ticket.receivedAt
        case .assigned: assignedAt
        case .verified: verifiedAt
        case .closed: closed.closedAt
        case .analysis: analysedAt
        }
    }

    /// The event's `ce_id`, which the ledger's entries cite.
    func id(of event: Event) -> String { "\(ticketNo):\(event)" }

    /// The event's Kafka message as its producer publishes it.
    func message(_ event: Event, codec: ContractCodec) throws -> ProducerMessage {
        let (id, time) = (id(of: event), time(of: event))
        let encoded: OutgoingEvent
        switch event {
        case .registered: encoded = try codec.encode(registered, id: id, source: "intake", time: time)
        case .assigned: encoded = try codec.encode(assigned, id: id, source: "routing", time: time)
        case .verified: encoded = try codec.encode(verified, id: id, source: "units", time: time)
        case .closed: encoded = try codec.encode(closed, id: id, source: "callback", time: time)
        case .analysis:
            guard let analysis else { throw ScoringBenchError.noAnalysis(ticketNo) }
            encoded = try codec.encode(analysis, id: id, source: "units", time: time)
        }
        return ProducerMessage(encoded)
    }
}
