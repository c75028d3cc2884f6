import Contracts
import EscalationService
import Foundation
import HandlingLadder
import Kafka
import ServiceStore
import TestSupport

/// What the escalation benchmark feeds the service and seeds its stores with: complaints at 麻池供电所's staff,
/// their states built with the service's own rules (`TicketWatch`) and stored as the handler stores them.
struct EscalationTraffic {
    let watch: TicketWatch
    let codec: ContractCodec

    /// Message `index` of a run at `time`, mixed as a day brings them: new ticket `index / 3`'s registration, then
    /// its assignment to the station's staff (H2), then the station's verification of earlier ticket `index / 3`
    /// (one of `seedEarlier`'s). The three are on three topics, so the service may read them in any order: a new
    /// ticket's assignment before its registration is watched all the same, and the verified ones were seen before.
    func message(_ index: Int, at time: Date) throws -> ProducerMessage {
        let number = index / 3
        switch index % 3 {
        case 0:
            return try RegisteredTickets.message(number, at: time, codec: codec)
        case 1:
            let ticketNo = RegisteredTickets.ticketNo(number)
            return ProducerMessage(try codec.encode(
                try assignment(of: ticketNo, at: time), id: "routing:\(ticketNo):1", source: "routing", time: time))
        default:
            let verified = HandlingVerified(
                ticketNo: Self.earlier(number), unit: "st-machi", by: "工作人员 李娜", responsibility: .station)
            return ProducerMessage(try codec.encode(
                verified, id: "st-machi:\(verified.ticketNo):verified", source: "st-machi", time: time))
        }
    }

    /// The earlier tickets the run's verifications are about: `count` complaints registered and assigned at `time`,
    /// each on step H2 with its four timers (the step, its urge, the national bound, its urge).
    func seedEarlier(_ count: Int, at time: Date, in database: ServiceDatabase) throws {
        try seed((0..<count).map(Self.earlier), at: time, in: database)
    }

    /// `count` complaints registered and assigned at `time` (`95598-D-<n>`), whose H2 steps therefore fall due at
    /// one instant, their urges at one earlier instant; returns both.
    func seedDue(_ count: Int, at time: Date, in database: ServiceDatabase) throws -> (urge: Date, due: Date) {
        try seed((0..<count).map { "95598-D-\($0)" }, at: time, in: database)
        var urge: Date?
        let decision = try registeredAndAssigned("95598-D-0", at: time).last
        for case .schedule(.stepUrge, let at) in decision?.effects ?? [] { urge = at }
        guard let urge, let due = decision?.ticket.step?.dueAt else { throw EscalationBenchError.noStep }
        return (urge, due)
    }

    /// Ticket `number` of the earlier ones.
    static func earlier(_ number: Int) -> String { "95598-E-\(number)" }

    /// Seeds the tickets in transactions of 2,500 (10,000 timers), their events dropped.
    private func seed(_ tickets: [String], at time: Date, in database: ServiceDatabase) throws {
        for first in stride(from: 0, to: tickets.count, by: 2_500) {
            let decisions = try tickets[first..<min(first + 2_500, tickets.count)].flatMap {
                try registeredAndAssigned($0, at: time)
            }
            try database.write { db in
                for decision in decisions { try decision.store(in: db) }
            }
        }
    }

    /// The decisions on `ticketNo` registered and then assigned at `time`, in that order.
    private func registeredAndAssigned(_ ticketNo: String, at time: Date) throws -> [WatchDecision] {
        let registration = try watch.registered(
            RegisteredTicket(ticketNo: ticketNo, type: .complaint, channel: .hotline95598, receivedAt: time), ticket: nil)
        return [registration, try watch.assigned(assignment(of: ticketNo, at: time), at: time, ticket: registration.ticket)]
    }

    /// Routing's assignment of `ticketNo` at `time` to 麻池供电所's staff, H2 due an hour later as the ladder says.
    private func assignment(of ticketNo: String, at time: Date) throws -> ComplaintAssigned {
        let due = try watch.ladder.dueAt(.h2, from: time, calendar: watch.calendar)
        return ComplaintAssigned(
            ticketNo: ticketNo, unit: "st-machi", tier: .station, role: .staff, assignee: .init(id: "mc-04", name: "李娜"),
            owner: Owner(unit: "hotline-95598"), reason: .area, deadline: .init(step: LadderStepID.h2.rawValue, dueAt: due))
    }
}

/// The benchmark's own mistakes.
enum EscalationBenchError: Error {
    /// A seeded assignment started no step: the rules no longer watch the benchmark's tickets.
    case noStep
    /// The escalation executable is not built beside the benchmark.
    case noExecutable
}
