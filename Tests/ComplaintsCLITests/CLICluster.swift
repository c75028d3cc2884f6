import Broker
import Contracts
import Kafka
import Logging
import TestFixtures

/// An in-process mock cluster with every topic of the catalogue, for running the commands against: the options
/// that point a command at it, and what is on its topics.
struct CLICluster {
    static let logger: Logger = {
        var logger = Logger(label: "cli-tests")
        logger.logLevel = .error
        return logger
    }()

    let mock: MockCluster
    let catalogue: TopicCatalogue

    init() throws {
        mock = try MockCluster(brokers: 1, logger: Self.logger)
        catalogue = try TopicCatalogue.load(directory: RepositoryFiles.topics)
        try mock.createTopics(from: catalogue)
    }

    /// `--bootstrap-servers` and `--topics` for this cluster.
    var options: [String] { ["--bootstrap-servers", mock.bootstrapServers, "--topics", RepositoryFiles.topics.path] }

    /// Everything on `topic` now.
    func messages(on topic: TopicName) async throws -> [ConsumerMessage] {
        try await TopicReader.readAll(
            topic, partitions: catalogue.definition(of: topic).partitions, bootstrapServers: mock.bootstrapServers,
            timeout: .seconds(20), logger: Self.logger)
    }
}
