import Contracts
import Foundation
import Kafka
import Logging

/// The embedded Kafka for one machine: librdkafka's mock cluster on loopback with every catalogue topic, its address
/// published in the bootstrap file for the other processes.
public final class EmbeddedBroker: Sendable {
    public let cluster: MockCluster
    public let bootstrapFile: BootstrapFile

    /// Starts the cluster, creates the topics and writes the bootstrap file.
    public init(brokers: Int, catalogue: TopicCatalogue, bootstrapFile: BootstrapFile, logger: Logger) throws {
        cluster = try MockCluster(brokers: brokers, logger: logger)
        try cluster.createTopics(from: catalogue)
        self.bootstrapFile = bootstrapFile
        try bootstrapFile.write(cluster.bootstrapServers)
        logger.info("embedded broker up", metadata: [
            "bootstrap": "\(cluster.bootstrapServers)", "brokers": "\(brokers)",
            "topics": "\(catalogue.topics.count)", "file": "\(bootstrapFile.url.path)",
        ])
    }

    /// Removes the bootstrap file so that no process connects to a cluster that is gone.
    public func stop() { bootstrapFile.remove() }
}
