import Contracts
import Foundation
import TestFixtures
import Testing

@Suite struct TopicCatalogueTests {
    @Test func repositoryCatalogueLoadsWithoutProblems() throws {
        let directory = RepositoryFiles.topics
        do {
            let catalogue = try TopicCatalogue.load(directory: directory)
            #expect(catalogue.topics.map(\.name) == TopicName.allCases.sorted { $0.rawValue < $1.rawValue })
        } catch {
            Issue.record("the repository's topics do not load:\n\(error)")
        }
    }

    @Test func definitionsCarryTheFileContents() throws {
        let catalogue = try TopicCatalogue.load(directory: RepositoryFiles.topics)
        let tickets = catalogue.definition(of: .hotlineTickets)
        #expect(tickets.key == .customer)
        #expect(tickets.partitions == 12)
        #expect(tickets.retentionMilliseconds == 30 * 86_400_000)
        #expect(tickets.cleanupPolicy == .delete)
        #expect(tickets.producers == ["hotline"])
        #expect(tickets.consumers == ["intake", "scoring"])
        #expect(tickets.types == [.ticketSubmitted])
        #expect(!tickets.description.isEmpty)
    }

    @Test func schemaDataIsTheFileAsWritten() throws {
        let directory = RepositoryFiles.topics
        let catalogue = try TopicCatalogue.load(directory: directory)
        for type in MessageType.allCases {
            let file = directory.appendingPathComponent("schemas").appendingPathComponent(type.schemaFileName)
            #expect(catalogue.schemaData(for: type) == (try Data(contentsOf: file)), "\(type.rawValue)")
        }
    }

    @Test func locatesTheTopicsFolderFromAnyFolderInsideTheRepository() throws {
        let expected = RepositoryFiles.topics
        let repository = RepositoryFiles.root
        for start in [repository, expected, repository.appendingPathComponent("Sources/Contracts")] {
            let found = TopicCatalogue.locateDirectory(environment: [:], currentDirectory: start)
            #expect(found?.standardizedFileURL.path == expected.standardizedFileURL.path, "from \(start.path)")
        }
    }

    @Test func environmentVariableWinsOverTheSearch() throws {
        let repository = RepositoryFiles.root
        let absolute = TopicCatalogue.locateDirectory(
            environment: ["COMPLAINTS_TOPICS_DIR": "/etc/complaints/topics"], currentDirectory: repository)
        #expect(absolute?.path == "/etc/complaints/topics")
        let relative = TopicCatalogue.locateDirectory(
            environment: ["COMPLAINTS_TOPICS_DIR": "deploy/topics"], currentDirectory: URL(fileURLWithPath: "/srv/app"))
        #expect(relative?.path == "/srv/app/deploy/topics")
    }

    @Test func findsNothingOutsideARepository() {
        let found = TopicCatalogue.locateDirectory(environment: [:], currentDirectory: URL(fileURLWithPath: "/proc/self"))
        #expect(found == nil)
    }
}
