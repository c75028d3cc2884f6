import AllServices
import Foundation
import TestFixtures
import TestSupport
import Testing

/// Escalation's scenarios (`services/escalation/scenarios/`) replayed against every service, as `complaints replay`
/// plays them: tickets enter on `hotline.tickets`, the intake registers them, routing assigns them, escalation times
/// them. Lines on `units.reports` stand in for the units, lines on `complaints.callbacks` and `complaints.closed` for
/// the callback service.
@Suite(.serialized) struct EscalationScenarioTests {
    private func replay(_ name: String, horizon: Duration = .zero) async throws -> [ScenarioReplay.Published] {
        try await ScenarioReplay(services: AllServices.entries, repository: RepositoryFiles.root, horizon: horizon)
            .run("escalation/scenarios/\(name)")
    }

    private func escalations(_ published: [ScenarioReplay.Published]) -> [ScenarioReplay.Published] {
        published.filter { $0.topic == "complaints.escalations" }
    }

    /// P2, H2–H9: a complaint nobody handles is urged and missed at every step and climbs from the staff to the
    /// leadership, each move followed by routing's assignment; at the top the miss is reported and nothing moves.
    @Test func aComplaintNobodyHandlesClimbsTheWholeLadder() async throws {
        let published = try await replay("nobody-handles.jsonl")
        let escalated = published.filter { $0.type == "complaint.escalated" }
        #expect(escalated.map { $0["toTier"] } == ["station", "station", "csc", "marketing", "deputy", "leadership"])
        #expect(escalated.map { $0["level"] } == ["V", "V", "IV", "III", "II", "I"])
        let missed = published.filter { $0.type == "deadline.missed" }.map { $0["step"] }
        #expect(missed.filter { $0 != "N1" } == ["H2", "H5", "H6", "H7", "H8", "H9d", "H9"])
        #expect(missed.contains("N1"), "the national bound of 4 working days is missed too")
        let assigned = published.filter { $0.type == "complaint.assigned" }
        #expect(assigned.map { $0["deadline", "step"] } == ["H2", "H5", "H6", "H7", "H8", "H9d", "H9"])
        #expect(published.first { $0.type == "deadline.approaching" }?.at == "2026-03-02T09:48:00+08:00")
        #expect(!published.contains { $0.type == "message.rejected" })
    }

    /// H3, item 3: the customer's responsibility pauses the clock from the verification to the contact; the events
    /// show the pause and the resume with the paused time.
    @Test func theCustomersResponsibilityPausesTheClock() async throws {
        let published = escalations(try await replay("customer-responsibility.jsonl"))
        let paused = try #require(published.first { $0.type == "clock.paused" })
        #expect(paused.at == "2026-03-06T16:30:00+08:00" && paused["step"] == "H3")
        let resumed = try #require(published.first { $0.type == "clock.resumed" })
        #expect(resumed.at == "2026-03-06T17:10:00+08:00" && resumed.number("pausedSeconds") == 2400)
        #expect(!published.contains { $0.type == "deadline.missed" })
    }

    /// C2, H6: an unsatisfied callback moves the ticket to the technician and opens supervision round 1 there; the
    /// satisfied callback after the next result ends it.
    @Test func anUnsatisfiedCallbackIsSupervisedUntilSatisfied() async throws {
        let published = try await replay("unsatisfied-callback.jsonl")
        let escalated = published.filter { $0.type == "complaint.escalated" }
        #expect(escalated.map { $0["reason"] } == ["unsatisfied"])
        let supervision = published.filter { $0.type == "supervision.opened" }
        #expect(supervision.map { $0["unit"] } == ["st-machi"])
        #expect(supervision.map { $0.number("round") } == [1])
        let assigned = published.filter { $0.type == "complaint.assigned" }
        #expect(assigned.map { $0["reason"] } == ["area", "escalation", "supervision"])
        #expect(assigned.map { $0["role"] } == ["staff", "technician", "technician"])
    }

    /// R5: the promise reported done in time is kept; the other is overdue at its time.
    @Test func aCommitmentKeptAndOneBroken() async throws {
        let overdue = try await replay("commitments.jsonl").filter { $0.type == "commitment.overdue" }
        #expect(overdue.map { $0["ticketNo"] } == ["95598-20260302-0505"])
        #expect(overdue.first?.at == "2026-03-04T18:00:00+08:00")
        #expect(overdue.first?["unit"] == "st-saihan")
    }

    /// Item 6, E8: after the close nothing fires for the ticket (not its promise, not its bound), a unit's report is
    /// dead-lettered with the reason, and the missing analysis is reported 3 working days after the close.
    @Test func aClosedTicketStopsAndItsMissingAnalysisIsReported() async throws {
        let published = try await replay("closing.jsonl")
        let afterClose = escalations(published).filter { $0.at > "2026-03-02T11:10:00+08:00" }
        #expect(afterClose.map(\.type) == ["deadline.missed"])
        #expect(afterClose.first?["step"] == "E8" && afterClose.first?.at == "2026-03-05T11:10:00+08:00")
        let rejected = published.filter { $0.type == "message.rejected" }
        #expect(rejected.count == 1)
        #expect(rejected.first?["reason"]?.contains("closed") == true)
    }

    /// E3, E4, E7: the early warning raises the level to IV and reaches the leadership through routing, which keeps the
    /// ticket at the station; the emergency plan is tracked without a move.
    @Test func anEarlyWarningNotifiesTheLeadershipWithoutMovingTheTicket() async throws {
        let published = try await replay("early-warning.jsonl")
        let warning = try #require(published.first { $0.type == "complaint.escalated" })
        #expect(warning["reason"] == "early-warning" && warning["level"] == "IV" && warning["ruleId"] == "E3")
        let assigned = published.filter { $0.type == "complaint.assigned" }
        #expect(assigned.map { $0["unit"] } == ["st-machi", "leadership"])
        #expect(assigned.map { $0["reason"] } == ["area", "warning"])
        #expect(!published.contains { $0.type == "message.rejected" })
    }
}
