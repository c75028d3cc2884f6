import Units
import AllServices
import BusinessTime
import Contracts
import Foundation
import Logging
import ServiceKit
import TestFixtures
import TestSupport
import Testing

/// Routing's scenarios (`services/routing/scenarios/`) replayed against the intake and routing: tickets enter on
/// `hotline.tickets`, the intake registers them, routing assigns them. Lines on `complaints.escalations` stand in for
/// the escalation service, lines on `units.reports` for the units.
@Suite(.serialized) struct RoutingScenarioTests {
    /// The scenario's `complaint.assigned` events and dead letters, replayed with the intake and routing only: the
    /// scenarios' lines on `complaints.escalations` stand in for the escalation service, whose own timers would
    /// otherwise move the same tickets too.
    private func replay(_ name: String) async throws -> (assigned: [ScenarioReplay.Published], rejected: [ScenarioReplay.Published]) {
        let published = try await ScenarioReplay(
            services: AllServices.entries.filter { $0.name != "escalation" }, repository: RepositoryFiles.root
        ).run("routing/scenarios/\(name)")
        return (published.filter { $0.type == "complaint.assigned" }, published.filter { $0.type == "message.rejected" })
    }

    /// H1, P1, issue 12 item 2: by area to the station's staff; an area no station serves to the CSC with the reason;
    /// a 12398 complaint and a tariff complaint by the rules; a ticket a station accepted to that station first.
    @Test func ticketsReachTheirStationTheCSCOrMarketingAndAnAcceptingStationFirst() async throws {
        let (assigned, rejected) = try await replay("first-assignment.jsonl")
        #expect(rejected.isEmpty)
        #expect(assigned.map { $0["ticketNo"] } == [
            "95598-20260302-0101", "95598-20260302-0102", "12398-20260302-0103", "95598-20260302-0104",
            "95598-20260302-0105",
        ])
        #expect(assigned.map { $0["unit"] } == ["st-machi", "csc", "csc", "marketing", "st-saihan"])
        #expect(assigned.map { $0["reason"] } == ["area", "unroutable-area", "rule", "rule", "first-owner"])
        #expect(assigned.map { $0["deadline", "step"] } == ["H2", "H7", "H7", "H8", "H2"])
        #expect(assigned[0]["deadline", "dueAt"] == "2026-03-02T10:00:00+08:00")
        #expect(assigned[1]["note"]?.contains("JY-XX") == true)
        #expect(assigned[4]["owner", "unit"] == "st-saihan")
    }

    /// P1, 零推诿: a transfer moves the work and keeps the owner; a transfer to an unknown unit is dead-lettered and
    /// the ticket stays; the transfer back to the first station is a loop, and the CSC coordinates it.
    @Test func theOwnerStaysAcrossATransferAndATransferBackIsALoopForTheCSC() async throws {
        let (assigned, rejected) = try await replay("transfers.jsonl")
        #expect(assigned.map { $0["unit"] } == ["st-machi", "st-saihan", "csc"])
        #expect(assigned.map { $0["reason"] } == ["first-owner", "transfer", "transfer-loop"])
        #expect(assigned.allSatisfy { $0["owner", "unit"] == "st-machi" })
        #expect(assigned[1]["previousUnit"] == "st-machi")
        #expect(rejected.count == 1)
        #expect(rejected.first?["reasonCode"] == "rejected")
        #expect(rejected.first?["reason"]?.contains("st-unknown") == true)
    }

    /// H5–H9, P2, C2: every step of the ladder, each with the step it starts; past the top is refused, never
    /// looped; supervision sends it back to the station, to the head it reached there.
    @Test func theTicketClimbsEveryStepIsRefusedPastTheTopAndSupervisionSendsItBack() async throws {
        let (assigned, rejected) = try await replay("ladder.jsonl")
        #expect(assigned.map { $0["unit"] } == [
            "st-machi", "st-machi", "st-machi", "csc", "marketing", "deputy-marketing", "leadership", "st-machi",
        ])
        #expect(assigned.map { $0["role"] } == [
            "staff", "technician", "head", "officer", "officer", "head", "officer", "head",
        ])
        #expect(assigned.map { $0["deadline", "step"] } == ["H2", "H5", "H6", "H7", "H8", "H9d", "H9", "H6"])
        #expect(assigned.map { $0["reason"] }.last == "supervision")
        #expect(assigned.allSatisfy { $0["owner", "unit"] == "hotline-95598" })
        #expect(rejected.count == 1)
        #expect(rejected.first?["reason"]?.contains("leadership") == true)
    }

    /// E3, P2, H3: the station head's early warning tells the leadership's officer with the step the ticket is on,
    /// and the station keeps it: the next escalation goes from st-machi's head to the CSC. The clock stopped while the
    /// customer is waited on moves nothing.
    @Test func anEarlyWarningTellsTheLeadershipAndTheTicketClimbsOnFromTheStation() async throws {
        let (assigned, rejected) = try await replay("early-warning.jsonl")
        #expect(rejected.isEmpty)
        #expect(assigned.map { $0["unit"] } == ["st-machi", "st-machi", "st-machi", "leadership", "csc"])
        #expect(assigned.map { $0["role"] } == ["staff", "technician", "head", "officer", "officer"])
        #expect(assigned.map { $0["reason"] } == ["area", "escalation", "escalation", "warning", "escalation"])
        #expect(assigned.map { $0["deadline", "step"] } == ["H2", "H5", "H6", "H6", "H7"])
        #expect(assigned[3]["deadline", "dueAt"] == assigned[2]["deadline", "dueAt"])
        #expect(assigned[3]["previousUnit"] == "st-machi" && assigned[4]["previousUnit"] == "st-machi")
        #expect(assigned[3]["note"]?.contains("st-machi keeps the ticket") == true)
        #expect(assigned.allSatisfy { $0["owner", "unit"] == "hotline-95598" })
    }

    /// Issue 12 item 5: the staff member with the fewest open tickets gets the next one, ties by name; a ticket
    /// escalated away from a person lowers her load, so she is next.
    @Test func theFewestOpenTicketsGetTheNextAndALeavingTicketLowersTheLoad() async throws {
        let (assigned, _) = try await replay("load-balancing.jsonl")
        #expect(assigned.map { $0["assignee", "id"] } == ["mc-06", "mc-04", "mc-05", "mc-06", "mc-02", "mc-04"])
        #expect(assigned.map { $0["role"] } == ["staff", "staff", "staff", "staff", "technician", "staff"])
    }
}
