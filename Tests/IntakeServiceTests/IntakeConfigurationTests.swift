import BusinessTime
import Foundation
import IntakeService
import Logging
import ServiceKit
import TestFixtures
import Testing

/// The intake does not start on a broken data file: the error names the file and every problem in it.
struct IntakeConfigurationTests {
    /// A copy of `services/intake` with `rules.json` replaced by `rules`.
    private func dataDirectory(rules: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("intake-data-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: RepositoryFiles.intakeData, to: directory)
        try Data(rules.utf8).write(to: directory.appendingPathComponent(IntakeConfiguration.rulesFile))
        return directory
    }

    @Test func brokenRulesAreRefusedWithEveryProblem() throws {
        let directory = try dataDirectory(rules: """
            {"longTextLength": 0, "receivedAtLeewayMinutes": 10, "lateEntryDays": 30,
             "sameEvent": {"minimumSimilarityWithinCategory": 1.5, "minimumSimilarityWithoutCategory": 0.3,
                           "boilerplate": [""], "resultDemandCues": ["赔偿"], "routineConsultationCues": ["户号", ""]},
             "hotIssue": {"windowHours": 24, "threshold": 1},
             "firstOwner": {"channelUnits": {"95598": "hotline-95598", "12398": "csc", "wechat": "csc"},
                            "areaStationChannels": ["hall", "letter", "visit", "grid-phone", "12398"], "withoutStation": "csc"}}
            """)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect { _ = try IntakeConfiguration.load(directory: directory) } throws: { error in
            guard let error = error as? ServiceDataError else { return false }
            return error.file.hasSuffix("rules.json") && error.problems == [
                "longTextLength must be at least 1",
                "sameEvent.minimumSimilarityWithinCategory must be between 0 and 1, not 1.5",
                "sameEvent.boilerplate has an empty phrase",
                "sameEvent.routineConsultationCues has an empty phrase",
                "hotIssue.threshold must be at least 2",
                // P1: every channel needs exactly one first owner.
                "firstOwner.channelUnits names unknown channel wechat",
                "firstOwner: channel 12398 has 2 owner rules; it needs exactly one",
                "firstOwner: channel online has 0 owner rules; it needs exactly one",
            ]
        }
    }

    @Test func aRegisterRetentionShorterThanTheRepeatDemandMonthIsRefused() throws {
        var rules = try String(contentsOf: RepositoryFiles.intakeData.appendingPathComponent("rules.json"), encoding: .utf8)
        rules = rules.replacingOccurrences(of: #""registerRetentionDays": 62"#, with: #""registerRetentionDays": 20"#)
        let directory = try dataDirectory(rules: rules)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect { _ = try IntakeConfiguration.load(directory: directory) } throws: { error in
            (error as? ServiceDataError)?.problems == [
                "registerRetentionDays must be at least 32 (one month of repeat demands and the hotline's resends), not 20",
            ]
        }
    }

    @Test func aBrokenClassifierModelIsReportedLikeEveryOtherDataFile() throws {
        let directory = try dataDirectory(
            rules: try String(contentsOf: RepositoryFiles.intakeData.appendingPathComponent("rules.json"), encoding: .utf8))
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(#"{"version": 99, "categories": {}}"#.utf8)
            .write(to: directory.appendingPathComponent(IntakeConfiguration.modelFile))
        #expect { _ = try IntakeConfiguration.load(directory: directory) } throws: { error in
            guard let error = error as? ServiceDataError else { return false }
            return error.file.hasSuffix("classifier.json") && error.problems.count > 1
        }
    }

    @Test func aRulesFileOfTheWrongShapeNamesTheField() throws {
        let directory = try dataDirectory(rules: #"{"longTextLength": "long"}"#)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect { _ = try IntakeConfiguration.load(directory: directory) } throws: { error in
            (error as? ServiceDataError)?.problems.first?.contains("longTextLength") == true
        }
    }

    /// P1: a first owner the unit directory does not have stops the start, naming the rules' file: a ticket's owner
    /// must be a unit routing and scoring can find.
    @Test func firstOwnersTheUnitDirectoryDoesNotHaveStopTheStart() throws {
        var rules = try String(contentsOf: RepositoryFiles.intakeData.appendingPathComponent("rules.json"), encoding: .utf8)
        rules = rules.replacingOccurrences(of: #""95598": "hotline-95598""#, with: #""95598": "95598""#)
            .replacingOccurrences(of: #""withoutStation": "csc""#, with: #""withoutStation": "kefu""#)
        let directory = try dataDirectory(rules: rules)
        defer { try? FileManager.default.removeItem(at: directory) }
        let configuration = try IntakeConfiguration.load(directory: directory)
        // The copy has no routing folder beside it: the units file is named, as `COMPLAINTS_UNITS_FILE` does.
        let units = RepositoryFiles.file("services/routing/units-jiuyuan.json")
        #expect { _ = try configuration.unitDirectory(unitsFile: units) } throws: { error in
            guard let error = error as? ServiceDataError else { return false }
            return error.file.hasSuffix("rules.json") && error.problems == [
                "firstOwner.channelUnits.95598 names 95598, which the unit directory does not have",
                "firstOwner.withoutStation names kefu, which the unit directory does not have",
            ]
        }
        // The service is not assembled on them either.
        let definition = IntakeService.definition(configuration: configuration)
        #expect(throws: ServiceDataError.self) {
            _ = try definition.makeHandler(
                ServiceResources(clock: SystemClock(), calendar: nil, unitsFile: units, logger: Logger(label: "test")))
        }
    }

    /// Missing or broken conversion tables stop the start, naming each table and problem: without them a ticket in
    /// traditional characters would be misread without anyone noticing.
    @Test func missingOrBrokenConversionTablesAreRefused() throws {
        let directory = try dataDirectory(
            rules: try String(contentsOf: RepositoryFiles.intakeData.appendingPathComponent("rules.json"), encoding: .utf8))
        defer { try? FileManager.default.removeItem(at: directory) }
        let tables = directory.appendingPathComponent("opencc")
        try FileManager.default.removeItem(at: tables.appendingPathComponent("TSPhrases.txt"))
        try Data("記\t记\n沒有製表符\n".utf8).write(to: tables.appendingPathComponent("TSCharacters.txt"))
        #expect { _ = try IntakeConfiguration.load(directory: directory) } throws: { error in
            guard let error = error as? ServiceDataError, error.file.hasSuffix("opencc"), error.problems.count == 2 else {
                return false
            }
            return error.problems[0].hasPrefix("TSPhrases.txt: cannot be read")
                && error.problems[1].hasPrefix("TSCharacters.txt line 2: not `spelling<TAB>candidates`")
        }
    }
}

/// The intake decides about every message type on its topics: none arrives unnoticed.
@Suite struct IntakeRoutesTests {
    @Test func everyTypeOnTheIntakesTopicsIsAppliedOrIgnoredOnPurpose() throws {
        let definition = IntakeService.definition(configuration: shippedConfiguration)
        let handler = try definition.makeHandler(
            ServiceResources(clock: SystemClock(), calendar: nil, unitsFile: nil, logger: Logger(label: "test")))
        #expect(handler.routes.problems(consuming: definition.topics) == [])
        #expect(handler.routes.handled == [
            .ticketSubmitted, .deadlineMissed, .commitmentOverdue, .complaintClosed, .appealDecided,
        ])
    }
}
