import ArgumentParser
import Broker
import Contracts
import Foundation
import Logging

/// Hosts the embedded Kafka (librdkafka's mock cluster) until SIGINT or SIGTERM.
@main
struct DevBroker: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "devbroker",
        abstract: "Runs an in-memory Kafka cluster on loopback with every topic of topics/.")

    @Option(help: "Number of brokers, 1 to 3.")
    var brokers = 1

    @Option(help: "The topic catalogue folder (default: $COMPLAINTS_TOPICS_DIR, else ./topics or a parent's).")
    var topics: String?

    @Option(help: "Where to write the bootstrap address (default: $COMPLAINTS_BOOTSTRAP_FILE, else .run/bootstrap.servers).")
    var bootstrapFile: String?

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let logger = Logger(label: "devbroker")
        let directory = topics.map { URL(filePath: $0) } ?? TopicCatalogue.locateDirectory(
            environment: environment, currentDirectory: URL(filePath: FileManager.default.currentDirectoryPath))
        guard let directory else { throw ValidationError("no topics/ folder found; pass --topics") }
        let file = bootstrapFile.map { BootstrapFile(url: URL(filePath: $0)) } ?? BootstrapFile(environment: environment)
        let broker = try EmbeddedBroker(
            brokers: brokers, catalogue: try TopicCatalogue.load(directory: directory), bootstrapFile: file, logger: logger)
        // Unbuffered, so a script reading our output sees the address at once.
        FileHandle.standardOutput.write(Data("bootstrap.servers=\(broker.cluster.bootstrapServers)\n".utf8))
        let signal = await waitForTerminationSignal()
        broker.stop()
        logger.info("embedded broker stopped", metadata: ["signal": "\(signal)"])
    }
}
