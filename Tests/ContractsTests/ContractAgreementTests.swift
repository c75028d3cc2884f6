import Contracts
import Foundation
import TestFixtures
import Testing

/// The code's topics and types and the files under `topics/` must name the same things.
@Suite struct ContractAgreementTests {
    private static let services = ["intake", "routing", "escalation", "callback", "scoring"]
    private static let externalSystems = ["hotline", "regional-units", "customer-reps", "analytics", "dashboards", "operators"]
    /// Topics whose producers are outside the system; their payloads may carry extra fields.
    private static let inboundTopics: Set<TopicName> = [.hotlineTickets, .unitsReports, .callbacksResults]

    @Test func everyTopicHasAFileAndEveryFileATopic() throws {
        let files = try fileNames(in: RepositoryFiles.topics, endingIn: ".json")
        #expect(files == Set(TopicName.allCases.map(\.fileName)))
    }

    @Test func everyTypeHasASchemaAndEverySchemaAType() throws {
        let schemas = RepositoryFiles.topics.appendingPathComponent("schemas")
        #expect(try fileNames(in: schemas, endingIn: ".json") == Set(MessageType.allCases.map(\.schemaFileName)))
    }

    @Test func everyTypeHasAnExampleAndEveryExampleAType() throws {
        let examples = RepositoryFiles.topics.appendingPathComponent("examples")
        #expect(try fileNames(in: examples, endingIn: ".json") == Set(MessageType.allCases.map { $0.rawValue + ".json" }))
    }

    @Test(arguments: MessageType.allCases)
    func eachTypeIsListedOnlyByItsTopic(type: MessageType) throws {
        let catalogue = try TopicCatalogue.load(directory: RepositoryFiles.topics)
        let listing = catalogue.topics.filter { $0.types.contains(type) }.map(\.name)
        #expect(listing == [type.topic])
    }

    @Test func keysFollowTheArchitecture() throws {
        let catalogue = try TopicCatalogue.load(directory: RepositoryFiles.topics)
        for topic in catalogue.topics {
            let expected: TopicKey = switch topic.name {
            case .hotlineTickets: .customer
            case .complaintsScores: .unit
            case .complaintsDeadletter: .original
            default: .ticketNo
            }
            #expect(topic.key == expected, "\(topic.name.rawValue)")
        }
    }

    @Test func busyTopicsHaveMorePartitionsBecauseTheEmbeddedBrokerKeepsLittlePerPartition() throws {
        let catalogue = try TopicCatalogue.load(directory: RepositoryFiles.topics)
        let busy: Set<TopicName> = [.hotlineTickets, .unitsReports, .complaintsRegistered, .complaintsAssignments]
        for topic in catalogue.topics {
            #expect(topic.partitions == (busy.contains(topic.name) ? 12 : 6), "\(topic.name.rawValue)")
        }
    }

    @Test func reportTopicsAreKeptForMoreThanAYear() throws {
        let catalogue = try TopicCatalogue.load(directory: RepositoryFiles.topics)
        let day: Int64 = 86_400_000
        for topic in [TopicName.complaintsClosed, .complaintsScores] {
            #expect(catalogue.definition(of: topic).retentionMilliseconds >= 366 * day, "\(topic.rawValue)")
        }
        #expect(catalogue.definition(of: .hotlineTickets).retentionMilliseconds == 30 * day)
        #expect(catalogue.definition(of: .complaintsDeadletter).retentionMilliseconds == 90 * day)
    }

    @Test func producersAndConsumersAreKnownParties() throws {
        let catalogue = try TopicCatalogue.load(directory: RepositoryFiles.topics)
        let known = Set(Self.services + Self.externalSystems)
        for topic in catalogue.topics {
            #expect(!topic.producers.isEmpty && !topic.consumers.isEmpty, "\(topic.name.rawValue)")
            #expect(Set(topic.producers + topic.consumers).isSubset(of: known), "\(topic.name.rawValue)")
        }
    }

    @Test(arguments: [
        (TopicName.hotlineTickets, ["hotline"]), (.unitsReports, ["regional-units"]), (.callbacksResults, ["customer-reps"]),
        (.complaintsRegistered, ["intake"]), (.complaintsAssignments, ["routing"]), (.complaintsEscalations, ["escalation"]),
        (.complaintsCallbacks, ["callback"]), (.complaintsClosed, ["callback"]), (.complaintsScores, ["scoring"]),
        (.complaintsDeadletter, ["intake", "routing", "escalation", "callback", "scoring"]),
    ])
    func producersAreTheArchitecturesProducers(topic: TopicName, producers: [String]) throws {
        let catalogue = try TopicCatalogue.load(directory: RepositoryFiles.topics)
        #expect(catalogue.definition(of: topic).producers == producers)
    }

    @Test func scoringReadsEveryTopicExceptItsOwnAndTheDeadLetters() throws {
        let catalogue = try TopicCatalogue.load(directory: RepositoryFiles.topics)
        let read = catalogue.topics.filter { $0.consumers.contains("scoring") }.map(\.name)
        #expect(Set(read) == Set(TopicName.allCases).subtracting([.complaintsScores, .complaintsDeadletter]))
    }

    @Test(arguments: MessageType.allCases)
    func schemaIsIdentifiedAndOpenOnlyForInboundTypes(type: MessageType) throws {
        let file = RepositoryFiles.topics.appendingPathComponent("schemas").appendingPathComponent(type.schemaFileName)
        let schema = try jsonObject(at: file)
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(schema["$id"] as? String == "https://schemas.jiuyuan-power.example/complaints/\(type.rawValue).json")
        #expect(schema["type"] as? String == "object")
        #expect(schema["additionalProperties"] as? Bool == Self.inboundTopics.contains(type.topic))
    }
}
