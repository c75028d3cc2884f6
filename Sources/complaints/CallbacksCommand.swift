import ArgumentParser
import Broker
import Contracts
import Foundation
import Kafka
import Logging

/// `complaints callbacks`: the customer representatives' work list, the callbacks due and overdue (C1, C3, H10),
/// read from the broker outside any consumer group.
struct CallbacksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "callbacks",
        abstract: "List the callbacks due and overdue, earliest first, one tab-separated line each.",
        discussion: """
            Each line: ticket, unit, tier, due time, step, attempt, and "overdue" when the callback service said so. \
            Made from complaints.callbacks, complaints.closed and complaints.assignments (for the tier).
            """)

    @Option(help: "Stop reading after this many seconds if the topics are not read to their end by then.")
    var timeout = 10
    @OptionGroup var cluster: ClusterOptions

    func run() async throws {
        let (open, skipped) = try await Self.read(cluster: cluster, timeout: .seconds(timeout))
        let entries = open.entries
        for entry in entries { print(entry.line) }
        var summary = "\(entries.count) open, \(entries.filter(\.overdue).count) overdue"
        if skipped > 0 { summary += "; \(skipped) message(s) skipped: not valid for the contract" }
        FileHandle.standardError.write(Data((summary + "\n").utf8))
    }

    /// The open callbacks on the cluster's topics, and how many messages were skipped as invalid.
    static func read(cluster: ClusterOptions, timeout: Duration) async throws -> (OpenCallbacks, skipped: Int) {
        let catalogue = try cluster.catalogue()
        let servers = try cluster.servers()
        var logger = Logger(label: "callbacks")
        logger.logLevel = .error
        let codec = ContractCodec(catalogue: catalogue)
        // The topics are read at the same time, so --timeout bounds the whole read.
        let read = try await withThrowingTaskGroup(of: (TopicName, [ConsumerMessage]).self) { group in
            for topic in OpenCallbacks.topics {
                let partitions = catalogue.definition(of: topic).partitions
                group.addTask { [logger] in
                    (topic, try await TopicReader.readAll(
                        topic, partitions: partitions, bootstrapServers: servers, timeout: timeout, logger: logger))
                }
            }
            return try await group.reduce(into: [TopicName: [ConsumerMessage]]()) { $0[$1.0] = $1.1 }
        }
        var open = OpenCallbacks()
        var skipped = 0
        for topic in OpenCallbacks.topics {
            for message in read[topic] ?? [] {
                do {
                    let headers = message.headers.map { (name: $0.name, value: $0.value) }
                    try open.apply(try codec.decode(headers: headers, value: message.value, topic: topic))
                } catch {
                    skipped += 1
                }
            }
        }
        return (open, skipped)
    }
}
