import Contracts
import Foundation
import Kafka
import ScoringService
import ServiceStore
import TestSupport

/// The throughput runs' input, mixed as a Monday brings it: for each of `tickets`, a new ticket's registration and
/// first assignment, the verification (H2) of a ticket received that morning, and the closed record (with, for some,
/// the analysis of the event) of a ticket received on Sunday. On four topics, so the service may read them in any
/// order: the tickets verified and closed were registered, assigned (and verified) before the run, in the store every
/// run starts from, so none of their messages is about a ticket scoring has not seen.
struct ThroughputTraffic: Sendable {
    /// The three kinds of ticket of the input.
    enum Series: Sendable {
        case new, verifying, closing
    }

    /// A ticket of the input and one of its events.
    struct Message: Sendable {
        var ticket: Int
        var series: Series
        var event: SyntheticTicket.Event
    }

    /// The runs' virtual clock, a Monday evening: after every event of the input and before the first timer falls due
    /// (the bureau's daily report at midnight, each ticket's analysis window days later), so no timer fires in a run.
    static let now = time("2026-03-02T20:00:00")

    let codec: ContractCodec
    /// Registered and assigned in the run.
    let newTickets: [SyntheticTicket]
    /// Registered and assigned before the run, verified in it.
    let verifying: [SyntheticTicket]
    /// Registered, assigned and verified before the run, closed (and some analysed) in it.
    let closing: [SyntheticTicket]
    let messages: [Message]

    /// Builds `tickets` tickets of each kind from `mix`, received between 08:00 and 18:00 (new), 07:00 and 17:00
    /// (verified) and on Sunday from 08:00 (closed), each kind with numbers of its own.
    init(tickets: Int, mix: TicketMix, codec: ContractCodec) {
        self.codec = codec
        let spread = 10 * 3600 / Double(max(tickets, 1))
        let latest = Self.now.addingTimeInterval(-30 * 60)
        func series(_ first: Int, from start: String) -> [SyntheticTicket] {
            (0..<tickets).map { index in
                mix.ticket(first + index, receivedAt: Self.time(start).addingTimeInterval(Double(index) * spread), latest: latest)
            }
        }
        let closing = series(2 * tickets, from: "2026-03-01T08:00:00")
        newTickets = series(0, from: "2026-03-02T08:00:00")
        verifying = series(tickets, from: "2026-03-02T07:00:00")
        self.closing = closing
        messages = (0..<tickets).flatMap { index in
            [Message(ticket: index, series: .new, event: .registered),
             Message(ticket: index, series: .new, event: .assigned),
             Message(ticket: index, series: .verifying, event: .verified),
             Message(ticket: index, series: .closing, event: .closed)]
                + (closing[index].analysis == nil ? [] : [Message(ticket: index, series: .closing, event: .analysis)])
        }
    }

    /// Message `index` of a run, as its producer publishes it.
    func message(_ index: Int) throws -> ProducerMessage {
        let message = messages[index]
        let series = switch message.series {
        case .new: newTickets
        case .verifying: verifying
        case .closing: closing
        }
        return try series[message.ticket].message(message.event, codec: codec)
    }

    /// Stores the tickets the run verifies and closes as the handlers left them: registered and assigned, and
    /// verified for those the run closes.
    func seed(in database: ServiceDatabase, scoring: TicketScoring) throws {
        let states = verifying.map { ScoredLife($0, scoring: scoring, events: 2).ticket }
            + closing.map { ScoredLife($0, scoring: scoring, events: 3).ticket }
        for first in stride(from: 0, to: states.count, by: 5_000) {
            let batch = Array(states[first..<min(first + 5_000, states.count)])
            try database.write { db in try ScoringService.seed(batch, in: db) }
        }
        try database.checkpoint()
    }

    /// A Beijing time: `2026-03-02T08:00:00`.
    static func time(_ text: String) -> Date { Timestamp.parse(text + "+08:00") ?? Date(timeIntervalSince1970: 0) }
}
