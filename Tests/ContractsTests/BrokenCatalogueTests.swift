import Contracts
import Foundation
import TestFixtures
import Testing

/// A copy of the repository's topics in a temporary directory, for breaking on purpose.
private struct TopicsCopy {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("contracts-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.copyItem(at: RepositoryFiles.topics, to: directory)
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }

    func url(_ relativePath: String) -> URL {
        directory.appendingPathComponent(relativePath)
    }

    /// Rewrites a JSON object file through `change`.
    func edit(_ relativePath: String, _ change: (inout [String: Any]) -> Void) throws {
        var object = try jsonObject(at: url(relativePath))
        change(&object)
        try JSONSerialization.data(withJSONObject: object).write(to: url(relativePath))
    }

    func write(_ relativePath: String, _ text: String) throws {
        try Data(text.utf8).write(to: url(relativePath))
    }

    func delete(_ relativePath: String) throws {
        try FileManager.default.removeItem(at: url(relativePath))
    }

    /// The error loading the copy throws; fails the test when it loads.
    func loadError() -> CatalogueError? {
        do {
            _ = try TopicCatalogue.load(directory: directory)
            Issue.record("the broken catalogue loaded")
            return nil
        } catch {
            return error
        }
    }
}

private func fileName(_ problem: CatalogueError.Problem) -> String {
    URL(fileURLWithPath: problem.file).lastPathComponent
}

@Suite struct BrokenCatalogueTests {
    @Test func everyProblemIsReportedWithItsFile() throws {
        let topics = try TopicsCopy()
        defer { topics.remove() }
        try topics.edit("complaints.assignments.json") { $0["partitions"] = 0 }
        try topics.edit("units.reports.json") { $0["types"] = ($0["types"] as? [String] ?? []) + ["ticket.teleported"] }
        try topics.delete("complaints.scores.json")

        let error = try #require(topics.loadError())
        #expect(error.problems.map(\.kind) == [
            .invalidPartitions(0), .unknownType("ticket.teleported"), .missingTopicFile(.complaintsScores),
        ])
        #expect(error.problems.map(fileName) == [
            "complaints.assignments.json", "units.reports.json", "complaints.scores.json",
        ])
        #expect(error.problems.allSatisfy { $0.file.hasPrefix(topics.directory.path) })
        let text = error.description
        #expect(text.hasPrefix("topic catalogue has 3 problems:"))
        #expect(text.contains("complaints.assignments.json: partitions must be at least 1, found 0"))
        #expect(text.contains("units.reports.json: unknown message type \"ticket.teleported\""))
        #expect(text.contains("complaints.scores.json: missing definition of topic complaints.scores"))
    }

    @Test func typesMustSitOnTheirOwnTopic() throws {
        let topics = try TopicsCopy()
        defer { topics.remove() }
        // Moves callback.completed from callbacks.results to units.reports.
        try topics.edit("callbacks.results.json") { $0["types"] = [String]() }
        try topics.edit("units.reports.json") { $0["types"] = ($0["types"] as? [String] ?? []) + ["callback.completed"] }

        let error = try #require(topics.loadError())
        #expect(error.problems.map(\.kind) == [
            .typeNotListed(.callbackCompleted), .typeOnWrongTopic(.callbackCompleted, carriedBy: .callbacksResults),
        ])
        #expect(error.problems.map(fileName) == ["callbacks.results.json", "units.reports.json"])
    }

    @Test func badFieldsAreEachNamed() throws {
        let topics = try TopicsCopy()
        defer { topics.remove() }
        try topics.edit("complaints.closed.json") {
            $0["key"] = "ticket"
            $0["cleanupPolicy"] = "shred"
            $0["retention"] = ["ms": 0]
        }
        try topics.edit("complaints.callbacks.json") { $0.removeValue(forKey: "partitions") }
        try topics.write("complaints.deadletter.json", "{ not json")

        let error = try #require(topics.loadError())
        #expect(error.problems.map(\.kind) == [
            .undecodable(reason: "missing field \"partitions\""),
            .invalidRetention(0), .unknownKey("ticket"), .unknownCleanupPolicy("shred"),
            .undecodable(reason: "invalid JSON"),
        ])
        #expect(error.problems.map(fileName) == [
            "complaints.callbacks.json", "complaints.closed.json", "complaints.closed.json", "complaints.closed.json",
            "complaints.deadletter.json",
        ])
    }

    @Test func topicFilesMustBeNamedAfterTheirTopic() throws {
        let topics = try TopicsCopy()
        defer { topics.remove() }
        try FileManager.default.moveItem(at: topics.url("complaints.closed.json"), to: topics.url("closed.json"))
        try topics.edit("complaints.scores.json") { $0["name"] = "complaints.points" }
        try FileManager.default.copyItem(at: topics.url("units.reports.json"), to: topics.url("a-units.reports.json"))

        let error = try #require(topics.loadError())
        #expect(error.problems.map(\.kind) == [
            .unknownTopic("complaints.points"),
            .fileNameMismatch(expected: "units.reports.json"), .duplicateTopic(.unitsReports),
            .fileNameMismatch(expected: "complaints.closed.json"),
        ])
        #expect(error.problems.map(fileName) == [
            "complaints.scores.json", "a-units.reports.json", "a-units.reports.json", "closed.json",
        ])
    }

    @Test func everyTypeNeedsASchemaObject() throws {
        let topics = try TopicsCopy()
        defer { topics.remove() }
        try topics.delete("schemas/callback.due.schema.json")
        try topics.write("schemas/unit.scored.schema.json", "[]")
        try topics.write("schemas/appeal.filed.schema.json", "{\"type\": ")

        let error = try #require(topics.loadError())
        #expect(error.problems.map(\.kind) == [
            .invalidSchema(.appealFiled, reason: "invalid JSON"),
            .missingSchema(.callbackDue),
            .invalidSchema(.unitScored, reason: "the top level is not an object"),
        ])
        #expect(error.problems.map(fileName) == [
            "appeal.filed.schema.json", "callback.due.schema.json", "unit.scored.schema.json",
        ])
    }

    @Test func anUnreadableDirectoryIsOneProblem() {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-topics-\(UUID().uuidString)")
        do {
            _ = try TopicCatalogue.load(directory: missing)
            Issue.record("a missing directory loaded")
        } catch {
            #expect(error.problems.count == 1)
            #expect(error.problems.first?.file == missing.path)
            if case .unreadableDirectory = error.problems.first?.kind {} else {
                Issue.record("expected unreadableDirectory, got \(error)")
            }
        }
    }
}
