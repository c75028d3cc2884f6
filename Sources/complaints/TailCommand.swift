import ArgumentParser
import Broker
import Contracts
import Foundation
import Logging

/// `complaints tail`: prints what is on a topic, from the beginning, outside any consumer group, so an operator sees
/// what the services published without disturbing them.
struct TailCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tail", abstract: "Print a topic's messages from the beginning, one JSON line each.")

    @Argument(help: "The topic, e.g. complaints.registered.") var topic: String
    @Option(help: "Stop after this many messages.") var count = 1_000
    @Option(help: "Stop after this many seconds without reaching --count.") var timeout = 10
    @Option(help: "Only messages whose body names this unit, e.g. --unit st-machi on complaints.assignments.")
    var unit: String?
    @OptionGroup var cluster: ClusterOptions

    func run() async throws {
        guard let name = TopicName(rawValue: topic) else {
            throw ValidationError("\(topic) is not a topic of the catalogue: "
                + TopicName.allCases.map(\.rawValue).joined(separator: ", "))
        }
        var logger = Logger(label: "tail")
        logger.logLevel = .error
        let messages = try await TopicReader.read(
            name, partitions: try cluster.catalogue().definition(of: name).partitions,
            bootstrapServers: try cluster.servers(), atLeast: count, timeout: .seconds(timeout), logger: logger)
        // Keys and types are written as JSON strings, escaped; the value is already JSON.
        func quoted(_ text: String?) throws -> String {
            guard let text else { return "null" }
            return String(decoding: try JSONEncoder().encode(text), as: UTF8.self)
        }
        for message in messages.prefix(count) where unit.map({ Self.body(message.value, names: $0) }) ?? true {
            let value = message.value.map { String(decoding: $0, as: UTF8.self) } ?? "null"
            let key = try quoted(message.key.map { String(decoding: $0, as: UTF8.self) })
            print(#"{"partition":\#(message.partition),"offset":\#(message.offset),"type":\#(try quoted(message.header("ce_type"))),"key":\#(key),"data":\#(value)}"#)
        }
    }

    /// Whether the JSON body's `unit` is `unit`.
    static func body(_ value: Data?, names unit: String) -> Bool {
        guard let value, let object = try? JSONSerialization.jsonObject(with: value) as? [String: Any] else { return false }
        return object["unit"] as? String == unit
    }
}
