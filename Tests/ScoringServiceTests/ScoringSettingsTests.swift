import Foundation
@testable import ScoringService
import ServiceKit
import TestFixtures
import Testing

/// `services/scoring/scoring.json`: every number the assessment uses is data, checked whole at start.
@Suite struct ScoringSettingsTests {
    /// The shipped file holds the README's readings: S2 −1, S3 −0.2, S5 −1 and −0.2, S6 −0.2, S7 +0.3, S9 10 % and
    /// 30 %, the composite 30/35/35, three working days for the analyses, one month for S7.
    @Test func theShippedFileHoldsTheDocumentedDefaults() throws {
        let settings = try ScoringSettings.load(from: ServiceData(directory: RepositoryFiles.file("services/scoring")))
        #expect(settings.points.stationComplaint == -1 && settings.points.stationAnalysisMissing == -0.2)
        #expect(settings.points.cscCauseMissing == -1 && settings.points.cscReportIncomplete == -0.2)
        #expect(settings.points.recordFinding == -0.2 && settings.points.averted == 0.3)
        #expect(settings.money.leaderInCharge == 0.1 && settings.money.professionalLine == 0.3)
        #expect([settings.composite.response, settings.composite.resolution, settings.composite.satisfaction] == [30, 35, 35])
        #expect(settings.analysisWorkingDays == 3 && settings.avertedWindowMonths == 1)
        #expect(settings.countedChannels == [.hotline95598, .regulator12398])
    }

    /// A file with wrong signs, shares and windows stops the start with every problem listed, not the first alone.
    @Test func aBrokenFileIsRefusedWithEveryProblem() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scoring-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = try String(contentsOf: RepositoryFiles.file("services/scoring/scoring.json"), encoding: .utf8)
        for (from, to) in [("\"stationComplaint\": -1", "\"stationComplaint\": 1"), ("\"averted\": 0.3", "\"averted\": -0.3"),
                           ("\"leaderInCharge\": 0.1", "\"leaderInCharge\": 10"), ("\"analysisWorkingDays\": 3", "\"analysisWorkingDays\": 0")] {
            #expect(text.contains(from))
            text = text.replacingOccurrences(of: from, with: to)
        }
        try text.write(to: folder.appendingPathComponent("scoring.json"), atomically: true, encoding: .utf8)
        #expect { _ = try ScoringSettings.load(from: ServiceData(directory: folder)) } throws: { error in
            guard let error = error as? ServiceDataError else { return false }
            return error.problems == [
                "points.stationComplaint: 1.0 must be below 0", "points.averted: -0.3 must be above 0",
                "analysisWorkingDays: 0 must be at least 1", "money.leaderInCharge: 10.0 must be a share between 0 and 1",
            ]
        }
    }
}
