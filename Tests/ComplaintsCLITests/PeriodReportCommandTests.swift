import ArgumentParser
import BusinessTime
@testable import complaints
import Contracts
import Foundation
@testable import ScoringService
import ServiceKit
import ServiceStore
import TestFixtures
import Testing
import Units

/// `complaints report --period`: the scoring service's report of a period, written from its store (S10, C4).
@Suite struct PeriodReportCommandTests {
    private let data = RepositoryFiles.file("services/scoring")

    /// A scoring store holding one 95598 complaint at 麻池, found the station's and closed on 2 March 2026, with its
    /// S2 entry, as the service keeps them.
    private func store() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("scoring-\(UUID().uuidString).sqlite").path
        let definition = try ScoringService.entry.load(ServiceData(directory: data))
        let database = try ServiceDatabase(path: path, migrations: definition.migrations)
        let scoring = TicketScoring(
            settings: try ServiceData(directory: data).decode(ScoringSettings.self, from: ScoringSettings.fileName),
            directory: try UnitDirectory.load(unitsFile: nil, beside: ServiceData(directory: data)),
            calendar: try BusinessCalendar(directory: RepositoryFiles.calendars))
        let received = Timestamp.parse("2026-03-02T09:00:00+08:00")!
        let closedAt = Timestamp.parse("2026-03-02T15:00:00+08:00")!
        let facts = RegisteredFacts(
            ticketNo: "95598-1", ticket: .init(channel: .hotline95598, type: .complaint, category: .wrongReading, area: "JY-MC", receivedAt: received),
            classification: .init(category: .wrongReading), repeatDemand: .init(verdict: .notRepeat, matchedTicketNo: nil), firstOwner: Owner(unit: "hotline-95598"))
        var ticket = scoring.registered(facts, cause: ScoringCause(id: "e1", at: received), ticket: nil, earlier: nil).ticket.ticket
        ticket = scoring.verified(HandlingVerified(ticketNo: "95598-1", unit: "st-machi", by: "李娜", responsibility: .station), ticket: ticket).ticket
        let closing = scoring.closed(
            ClosedFacts(ticketNo: "95598-1", closedAt: closedAt, level: .v, highestTier: .station, responsibility: .station,
                        satisfaction: .satisfied, callbacks: 1, steps: [],
                        closedLoop: .init(accepted: .present, registered: .present, proposed: .present, transferred: .notApplicable,
                                          urged: .notApplicable, supervised: .notApplicable, investigationReport: .present,
                                          handlingOpinion: .present), falseResolution: nil,
                        fourNotLetGo: .init(verified: true, corrected: true, measuresInPlace: true, customerSatisfied: true)),
            cause: ScoringCause(id: "e2", at: closedAt), ticket: ticket, earlier: nil)
        try database.write { db in
            try FigureStore.apply(from: [:], to: closing.ticket.figures, in: db)
            for entry in closing.entries { _ = try Ledger.write(entry, in: db) }
        }
        return path
    }

    private func write(_ arguments: [String]) throws -> String {
        let command = try #require(try ReportCommand.parseAsRoot(arguments + ["--data", data.path]) as? ReportCommand)
        return try command.periodReport.write(unit: command.unit)
    }

    /// S10: the month's analysis as HTML with its charts, and as CSV and JSON, at the path printed.
    @Test func theMonthsReportIsWrittenInEachFormat() throws {
        let database = try store()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reports-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: database); try? FileManager.default.removeItem(atPath: folder) }
        let html = try write(["--period", "2026-03", "--database", database, "--output", "\(folder)/march.html"])
        let page = try String(contentsOfFile: html, encoding: .utf8)
        for chart in ["chart-daily-trend", "chart-category-pareto", "chart-unit-ranking", "chart-level-distribution", "chart-repeat-demands"] {
            #expect(page.contains("id=\"\(chart)\""), "\(chart) is missing")
        }
        #expect(page.contains("包头供电局九原供电分局"))
        let csv = try String(contentsOfFile: try write(["--period", "2026-03", "--format", "csv", "--database", database,
                                                         "--output", "\(folder)/march.csv"]), encoding: .utf8)
        #expect(csv.contains("monthly-2026-03-bureau"))
        let json = try Data(contentsOf: URL(fileURLWithPath: try write(
            ["--period", "2026-03", "--format", "json", "--database", database, "--output", "\(folder)/march.json"])))
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect((object["counts"] as? [String: Any])?["received"] as? Int == 1)
        #expect(((object["ledger"] as? [[String: Any]])?.first?["ruleId"]) as? String == "S2")
    }

    /// S10: --unit limits the report to one unit; an unknown unit or period is refused before anything is written.
    @Test func aUnitsReportAndBadArguments() throws {
        let database = try store()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reports-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: database); try? FileManager.default.removeItem(atPath: folder) }
        let path = try write(["--period", "2026-W10", "--format", "json", "--unit", "st-saihan", "--database", database,
                              "--output", "\(folder)/saihan.json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        #expect(object["scope"] as? String == "st-saihan" && object["kind"] as? String == "weekly")
        #expect((object["counts"] as? [String: Any])?["received"] as? Int == 0)
        #expect(throws: ValidationError.self) { _ = try write(["--period", "2026-03", "--unit", "st-nowhere", "--database", database]) }
        #expect(throws: ValidationError.self) { _ = try write(["--period", "March", "--database", database]) }
        #expect(throws: ValidationError.self) { _ = try write(["--period", "2026-03", "--database", "/nonexistent.sqlite"]) }
    }
}
