import ArgumentParser
import Broker
import Contracts
import Foundation
import Kafka
import Logging

/// The operators' command: probes, topic administration and scenario replays.
@main
struct Complaints: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complaints",
        abstract: "Operate the complaint-handling system.",
        subcommands: [
            Probe.self, Topics.self, SubmitCommand.self, ReportCommand.self, CallbackCommand.self, CallbacksCommand.self,
            TailCommand.self, ClassifyCommand.self, ReplayCommand.self, DeadlinesCommand.self, ServicesCommand.self,
        ])
}

/// Options every subcommand that talks to Kafka shares.
struct ClusterOptions: ParsableArguments {
    @Option(help: "Kafka bootstrap servers (default: $KAFKA_BOOTSTRAP_SERVERS, else the embedded broker's file).")
    var bootstrapServers: String?

    @Option(help: "The topic catalogue folder (default: $COMPLAINTS_TOPICS_DIR, else ./topics or a parent's).")
    var topics: String?

    func servers() throws -> String {
        if let bootstrapServers { return bootstrapServers }
        return try BootstrapFile.servers(environment: ProcessInfo.processInfo.environment)
    }

    func catalogue() throws -> TopicCatalogue {
        let directory = topics.map { URL(filePath: $0) } ?? TopicCatalogue.locateDirectory(
            environment: ProcessInfo.processInfo.environment,
            currentDirectory: URL(filePath: FileManager.default.currentDirectoryPath))
        guard let directory else { throw ValidationError("no topics/ folder found; pass --topics") }
        return try TopicCatalogue.load(directory: directory)
    }
}

/// Publishes the example ticket to `hotline.tickets` and reads it back.
struct Probe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Send an example ticket through Kafka and read it back.")

    @OptionGroup var cluster: ClusterOptions

    func run() async throws {
        let catalogue = try cluster.catalogue()
        let example = catalogue.directory.appending(path: "examples/ticket.submitted.json")
        let data = try Data(contentsOf: example)
        let ticket = try JSONDecoder().decode(ExampleTicket.self, from: data)
        let attributes = CloudEventAttributes(
            id: UUID().uuidString, source: "complaints-cli", type: .ticketSubmitted, time: Date(), subject: ticket.ticketNo)
        let message = ProducerMessage(
            topic: TopicName.hotlineTickets.rawValue, key: ticket.customer.account ?? ticket.customer.phone ?? ticket.ticketNo,
            value: data, headers: attributes.headers.map { KafkaHeader(name: $0.name, text: $0.value) })
        let result = try await RoundTripProbe(bootstrapServers: try cluster.servers(), logger: Logger(label: "probe")).run(message)
        let read = result.message
        print("sent    \(attributes.type.rawValue) \(ticket.ticketNo) key=\(String(decoding: message.key ?? Data(), as: UTF8.self))")
        print("stored  \(result.receipt.topic)[\(result.receipt.partition)]@\(result.receipt.offset)")
        print("read    \(read.topic)[\(read.partition)]@\(read.offset) \(read.value?.count ?? 0) bytes, headers: "
              + read.headers.map { "\($0.name)=\($0.text ?? "")" }.joined(separator: " "))
        print("round trip in \(result.elapsed.formatted(.units(allowed: [.milliseconds])))")
    }

    /// Just the fields the probe needs from the example.
    private struct ExampleTicket: Decodable {
        struct Customer: Decodable {
            var account: String?
            var phone: String?
        }

        var ticketNo: String
        var customer: Customer
    }
}

/// Topic administration against a real cluster (the embedded broker creates its own).
struct Topics: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create or list the catalogue's topics.", subcommands: [Create.self, List.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create every topic of topics/ that is missing.")

        @OptionGroup var cluster: ClusterOptions

        @Option(help: "Replication factor (3 in production).")
        var replicationFactor = 1

        func run() async throws {
            let admin = try KafkaAdmin(configuration: KafkaConfiguration(bootstrapServers: try cluster.servers()),
                                       logger: Logger(label: "topics"))
            let outcome = try await admin.createTopics(try cluster.catalogue().newTopics(replicationFactor: replicationFactor))
            for (name, result) in outcome.sorted(by: { $0.key < $1.key }) { print("\(name): \(result)") }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the cluster's topics.")

        @OptionGroup var cluster: ClusterOptions

        func run() async throws {
            let admin = try KafkaAdmin(configuration: KafkaConfiguration(bootstrapServers: try cluster.servers()),
                                       logger: Logger(label: "topics"))
            for topic in try await admin.listTopics() { print("\(topic.name)\t\(topic.partitionCount) partitions") }
        }
    }
}
