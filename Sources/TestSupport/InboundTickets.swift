import Broker
import Contracts
import Foundation
import Kafka

/// Tickets as the hotline system would publish them, in the contract's envelope.
public struct InboundTickets: Sendable {
    private let codec: ContractCodec
    private let producer: KafkaProducer

    public init(catalogue: TopicCatalogue, producer: KafkaProducer) {
        codec = ContractCodec(catalogue: catalogue)
        self.producer = producer
    }

    /// A valid ticket; `number` makes its ticket number, customer and event id unique.
    public static func ticket(_ number: Int, text: String = "客户反映本月电费比上月高出一倍，要求核实。") -> TicketSubmitted {
        TicketSubmitted(
            ticketNo: String(format: "95598-20260302-%05d", number), channel: .hotline95598, type: .complaint,
            category: .wrongReading,
            customer: Customer(account: "0472-\(100_000 + number % 997)", name: "王女士", phone: "13904720001", named: true),
            area: "JY-MC", text: text, receivedAt: Date(timeIntervalSince1970: 1_772_413_200 + Double(number)))
    }

    /// The Kafka message of `ticket`, with `eventID` as its `ce_id`.
    public func message(_ ticket: TicketSubmitted, eventID: String) throws -> ProducerMessage {
        try Self.message(ticket, eventID: eventID, codec: codec)
    }

    /// The Kafka message of `ticket` as the hotline sends it (`ce_source` hotline, `ce_time` its `receivedAt`).
    public static func message(_ ticket: TicketSubmitted, eventID: String, codec: ContractCodec) throws -> ProducerMessage {
        ProducerMessage(try codec.encode(ticket, id: eventID, source: "hotline", time: ticket.receivedAt))
    }

    /// Ticket `number` with the id `hotline-<number>`: a benchmark's input.
    public static func message(_ number: Int, codec: ContractCodec) throws -> ProducerMessage {
        try message(ticket(number), eventID: "hotline-\(number)", codec: codec)
    }

    /// Publishes tickets `numbers`, each with the id `hotline-<number>`, and waits until the broker has them all.
    public func publish(_ numbers: some Sequence<Int>) async throws {
        try await send(numbers.map { try message(Self.ticket($0), eventID: "hotline-\($0)") })
    }

    /// Publishes these messages as they are (duplicates, poison) and waits for every delivery report.
    public func send(_ messages: [ProducerMessage]) async throws {
        for result in await producer.send(messages) { _ = try result.get() }
    }
}
