import Broker
import Contracts
import Kafka
import Logging

extension ClusterOptions {
    /// Sends events already checked against their schemas, in order, and prints where the broker stored each: what
    /// every command that publishes does once nothing it would send is left to refuse.
    func send(_ events: [OutgoingEvent]) async throws {
        var logger = Logger(label: "complaints")
        logger.logLevel = .warning
        let producer = try KafkaProducer(
            configuration: ProducerConfiguration(client: KafkaConfiguration(bootstrapServers: try servers())),
            logger: logger)
        do {
            for event in events {
                let receipt = try await producer.send(ProducerMessage(event))
                print("sent \(event.type.rawValue) \(event.attributes.subject ?? "-") to "
                      + "\(receipt.topic)[\(receipt.partition)]@\(receipt.offset)")
            }
        } catch {
            await producer.close()
            throw error
        }
        await producer.close()
    }
}
