import AllServices
import Foundation
import TestFixtures
import TestSupport
import Testing

/// The callback service's scenarios (`services/callback/scenarios/`) replayed against every service, from the call to
/// `complaint.closed`: tickets enter on `hotline.tickets`, the intake registers them, routing assigns them,
/// escalation times them, the callback service calls back and closes them. Lines on `units.reports` stand in for the
/// units, lines on `callbacks.results` for the customer representatives.
@Suite(.serialized) struct CallbackScenarioTests {
    /// The scenario's events; every line of a scenario is valid, so none may be dead-lettered.
    private func replay(_ name: String) async throws -> [ScenarioReplay.Published] {
        let published = try await ScenarioReplay(services: AllServices.entries, repository: RepositoryFiles.root)
            .run("callback/scenarios/\(name)")
        let rejected = published.filter { $0.type == "message.rejected" }.map { "\($0.at) \($0["reason"] ?? "")" }
        #expect(rejected.isEmpty, "\(rejected)")
        return published
    }

    /// C1, S1: resolved, called back within 10 minutes, satisfied, closed once with its whole story.
    @Test func aSatisfiedFirstCallbackClosesTheTicket() async throws {
        let published = try await replay("satisfied-first-time.jsonl")
        let closed = published.filter { $0.type == "complaint.closed" }
        #expect(closed.count == 1)
        #expect(closed.first?["satisfaction"] == "satisfied" && closed.first?["finalUnit"] == "st-machi")
        #expect(closed.first?["customer", "phone"] == "139****0601")
        #expect(closed.first?.at == "2026-03-02T11:06:00+08:00")
    }

    /// C2: unsatisfied, escalation moves the ticket to the technician under supervision; the next result's callback is
    /// satisfied and closes it, with two callbacks.
    @Test func unsatisfiedThenSatisfiedWithEscalationAndSupervisionBetween() async throws {
        let published = try await replay("unsatisfied-then-satisfied.jsonl")
        #expect(published.filter { $0.type == "callback.recorded" }.map { $0["outcome"] } == ["unsatisfied", "satisfied"])
        #expect(published.contains { $0.type == "complaint.escalated" && $0["reason"] == "unsatisfied" })
        #expect(published.contains { $0.type == "supervision.opened" })
        let closed = try #require(published.first { $0.type == "complaint.closed" })
        #expect(closed.number("callbacks") == 2)
        #expect(closed["closedLoop", "supervised"] == "present")
    }

    /// Item 2: three failed tries, the last by letter, close the ticket as unreachable.
    @Test func threeUnreachableTriesCloseAsUnreachable() async throws {
        let published = try await replay("unreachable.jsonl")
        #expect(published.filter { $0.type == "callback.due" }.map { $0["method"] } == ["phone", "phone", "letter"])
        let closed = try #require(published.first { $0.type == "complaint.closed" })
        #expect(closed["satisfaction"] == "unreachable" && closed.number("callbacks") == 3)
    }

    /// C1: an anonymous reporter who left no phone and no address gets no callback; the ticket closes at the result
    /// and says why.
    @Test func anAnonymousReportClosesWithoutACallback() async throws {
        let published = try await replay("anonymous-report.jsonl")
        #expect(!published.contains { $0.type == "callback.due" })
        let closed = try #require(published.first { $0.type == "complaint.closed" })
        #expect(closed.data["satisfaction"] is NSNull)
        #expect(closed["noCallbackReason"]?.contains("anonymous") == true)
        #expect(closed.at == "2026-03-02T15:00:00+08:00")
    }
}
