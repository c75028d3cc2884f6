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
        // Entries are keyed by unit, so units' entries may be published in any order: by number, as the ledger has them.
        published.filter { $0.type == "unit.scored" }.sorted { ($0.number("entry") ?? 0) < ($1.number("entry") ?? 0) }.map { entry in
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

    /// S8: at the year's end on the business clock, every station without a complaint charged to it in the year gets
    /// the annual bonus, dated in the year it rewards; the station charged under S2 gets none. The monthly analysis of
    /// December (C4) is published on 1 January.
    @Test func theYearEndBonusGoesToTheStationsWithoutACharge() async throws {
        let published = try await replay("year-end.jsonl")
        #expect(entries(published) == [
            "1 st-machi S2 -1 total -1", "2 st-machi S9 0 total -1", "3 st-halinge S8 2 total 2",
            "4 st-alagatai S8 2 total 2", "5 st-saihan S8 2 total 2",
        ])
        #expect(published.filter { $0["ruleId"] == "S8" }.allSatisfy { $0["period"] == "2026-12" })
        let monthly = try #require(published.first { $0.type == "report.published" && $0["kind"] == "monthly" })
        #expect(monthly["reportId"] == "monthly-2026-12-bureau")
        #expect(monthly.text("counts", "received") == "1")
    }

    /// A month boundary: received on 31 March, closed after midnight. March's analysis counts it received and not
    /// closed; its S2 charge is April's.
    @Test func aTicketAcrossTheMonthBoundaryCountsInBothMonths() async throws {
        let published = try await replay("month-boundary.jsonl")
        #expect(entries(published) == ["1 st-saihan S2 -1 total -1", "2 st-saihan S9 0 total -1"])
        #expect(published.first { $0["ruleId"] == "S2" }?["period"] == "2026-04")
        let march = try #require(published.first { $0.type == "report.published" && $0["kind"] == "monthly" })
        #expect(march["reportId"] == "monthly-2026-03-bureau")
        #expect(march.text("counts", "received") == "1" && march.text("counts", "closed") == "0")
        #expect(march.text("kpis", "completionRate") == "0")
    }
}

/// Bad input and the same input twice, through all five services.
@Suite(.serialized) struct ScoringInputTests {
    /// A unit's report about a ticket scoring never saw goes to the dead-letter topic with a reason that says so, and
    /// the service goes on: the station complaint after it is charged as usual.
    @Test func aReportAboutAnUnknownTicketIsDeadLetteredAndScoringGoesOn() async throws {
        let published = try await ScenarioReplay(services: AllServices.entries, repository: RepositoryFiles.root)
            .run("scoring/scenarios/unknown-ticket.jsonl")
        let reasons = published.filter { $0.type == "message.rejected" }.compactMap { $0["reason"] }
        #expect(reasons.contains { $0.contains("scoring has never seen") && $0.contains("95598-20260302-0799") })
        #expect(published.contains { $0.type == "unit.scored" && $0["ruleId"] == "S2" && $0["unit"] == "st-machi" })
    }

    /// The same events always give the same ledger and the same reports.
    @Test func theSameEventsGiveTheSameLedger() async throws {
        func scores() async throws -> [String] {
            try await ScenarioReplay(services: AllServices.entries, repository: RepositoryFiles.root)
                .run("scoring/scenarios/station-complaint.jsonl")
                .filter { $0.topic == "complaints.scores" }
                .map { "\($0.at) \($0.type) \($0.text("entry") ?? "") \($0.text("total") ?? "") \($0.text("reportId") ?? "")" }
                .sorted()
        }
        let first = try await scores()
        #expect(first.count == 10)
        #expect(try await scores() == first)
    }
}
