import AllServices
import Foundation
import TestFixtures
import TestSupport
import Testing

/// Scoring's scenarios (`services/scoring/scenarios/`) replayed through all five services: the tickets are
/// registered, routed, timed, called back and closed by the services themselves, and scoring charges, reverses and
/// reports from what they publish.
@Suite(.serialized) struct ScoringScenarioTests {
    private func replay(_ name: String) async throws -> [ScenarioReplay.Published] {
        let published = try await ScenarioReplay(services: AllServices.entries, repository: RepositoryFiles.root)
            .run("scoring/scenarios/\(name)")
        let rejected = published.filter { $0.type == "message.rejected" }.map { "\($0.at) \($0["reason"] ?? "")" }
        #expect(rejected.isEmpty, "\(rejected)")
        return published
    }

    private func entries(_ published: [ScenarioReplay.Published]) -> [String] {
        published.filter { $0.type == "unit.scored" }.map { entry in
            ["entry", "unit", "ruleId", "points"].map { entry.text($0) ?? "-" }.joined(separator: " ") + " total " + (entry.text("total") ?? "-")
        }
    }

    /// S2, S9 at the close; the CSC's analysis in time but tracing the complaint to nobody (S5 −0.2, S10); the
    /// station's own analysis missing (E8 → S3); the
    /// daily reports after each working day and the weekly bulletin on Monday (S10).
    @Test func aStationComplaintIsChargedAndReported() async throws {
        let published = try await replay("station-complaint.jsonl")
        #expect(entries(published) == [
            "1 st-machi S2 -1 total -1", "2 st-machi S9 0 total -1", "3 csc S5 -0.2 total -0.2",
            "4 st-machi S3 -0.2 total -1.2",
        ])
        let reports = published.filter { $0.type == "report.published" }
        #expect(reports.map { $0["reportId"] ?? "" } == [
            "daily-2026-03-02-bureau", "daily-2026-03-03-bureau", "daily-2026-03-04-bureau", "daily-2026-03-05-bureau",
            "daily-2026-03-06-bureau", "weekly-2026-W10-bureau",
        ])
        let monday = try #require(reports.first)
        #expect(monday.text("counts", "received") == "1" && monday.text("counts", "closed") == "1")
        #expect(monday.text("kpis", "satisfactionRate") == "1")
        #expect(reports.last?.text("counts", "received") == "1", "the week holds Monday's ticket")
    }

    /// S4 after S2: the station's appeal that the complaint was malicious is upheld; its S2 is reversed by an entry
    /// naming it, and its S9 flag goes without an entry (it had no points).
    @Test func aMaliciousFindingReversesTheStationsCharge() async throws {
        let published = try await replay("malicious-after-charge.jsonl")
        #expect(entries(published) == [
            "1 st-halinge S2 -1 total -1", "2 st-halinge S9 0 total -1", "3 st-halinge S4 1 total 0",
        ])
        #expect(published.first { $0.type == "unit.scored" && $0["ruleId"] == "S4" }?.text("reverses") == "1")
    }
}
