import Broker
import Contracts
import Foundation
import Kafka
import Logging
import TestFixtures
import Testing

private func temporaryFile() -> URL {
    FileManager.default.temporaryDirectory.appending(path: "bootstrap-\(UUID().uuidString)/bootstrap.servers")
}

@Suite("The embedded broker", .timeLimit(.minutes(1)))
struct EmbeddedBrokerTests {
    let logger = Logger(label: "broker-tests")

    @Test("it creates every catalogue topic with its partitions and publishes its address", arguments: [1, 3])
    func createsCatalogueTopics(brokers: Int) async throws {
        let catalogue = try TopicCatalogue.load(directory: RepositoryFiles.topics)
        let file = BootstrapFile(url: temporaryFile())
        let broker = try EmbeddedBroker(brokers: brokers, catalogue: catalogue, bootstrapFile: file, logger: logger)
        let servers = try BootstrapFile.servers(environment: [BootstrapFile.pathVariable: file.url.path])
        #expect(servers == broker.cluster.bootstrapServers)
        #expect(servers.split(separator: ",").count == brokers)

        let admin = try KafkaAdmin(configuration: KafkaConfiguration(bootstrapServers: servers), logger: logger)
        let listed = try await admin.listTopics()
        let expected = catalogue.topics.map { TopicMetadata(name: $0.name.rawValue, partitionCount: $0.partitions) }
        #expect(listed == expected.sorted { $0.name < $1.name })

        broker.stop()
        #expect(!FileManager.default.fileExists(atPath: file.url.path))
    }

    @Test("a message goes through the embedded broker to a reader that found it by the bootstrap file")
    func messageGoesThrough() async throws {
        let catalogue = try TopicCatalogue.load(directory: RepositoryFiles.topics)
        let file = BootstrapFile(url: temporaryFile())
        let broker = try EmbeddedBroker(brokers: 1, catalogue: catalogue, bootstrapFile: file, logger: logger)
        let servers = try BootstrapFile.servers(environment: [BootstrapFile.pathVariable: file.url.path])
        let producer = try KafkaProducer(
            configuration: ProducerConfiguration(client: KafkaConfiguration(bootstrapServers: servers)), logger: logger)
        let receipt = try await producer.send(ProducerMessage(
            topic: TopicName.hotlineTickets.rawValue, key: "0472-100234", value: Data("{}".utf8)))
        await producer.close()
        let admin = try KafkaAdmin(configuration: KafkaConfiguration(bootstrapServers: servers), logger: logger)
        let marks = try await admin.watermarks(of: TopicPartition(topic: receipt.topic, partition: receipt.partition))
        #expect(marks.high == receipt.offset + 1)
        broker.stop()
    }
}

@Suite("Bootstrap address and topic settings")
struct BootstrapAndTopicSettingsTests {
    @Test("an address in the environment wins over the file; neither gives an error naming the file")
    func anAddressInTheEnvironmentWinsOverTheFile() throws {
        #expect(try BootstrapFile.servers(environment: [BootstrapFile.serversVariable: "kafka:9092"]) == "kafka:9092")
        let missing = temporaryFile().path
        let error = try #require(throws: BootstrapError.self) {
            _ = try BootstrapFile.servers(environment: [BootstrapFile.pathVariable: missing])
        }
        #expect(error.description.contains(missing))
        #expect(error.description.contains(BootstrapFile.serversVariable))
    }

    @Test("catalogue topics carry retention, and min.insync.replicas=2 on three brokers")
    func catalogueTopicsCarryRetentionAndInsyncReplicas() throws {
        let catalogue = try TopicCatalogue.load(directory: RepositoryFiles.topics)
        let closed = catalogue.definition(of: .complaintsClosed)
        let single = try #require(catalogue.newTopics(replicationFactor: 1).first { $0.name == "complaints.closed" })
        #expect(single.config["retention.ms"] == String(closed.retentionMilliseconds))
        #expect(single.config["min.insync.replicas"] == nil)
        #expect(single.partitions == closed.partitions)
        let replicated = catalogue.newTopics(replicationFactor: 3)
        #expect(replicated.allSatisfy { $0.config["min.insync.replicas"] == "2" && $0.replicationFactor == 3 })
    }
}
