import Broker
import Contracts
import Foundation
import Kafka

/// Tickets as the intake registers them (`complaint.registered`), for the benchmarks of the services downstream.
public enum RegisteredTickets {
    /// The number of ticket `number`: `95598-B-<number>`.
    public static func ticketNo(_ number: Int) -> String { "95598-B-\(number)" }

    /// Ticket `number`, received at `receivedAt`: spread over the four stations' areas, one in
    /// twenty from 12398, one in twenty about the tariff, one in fifty from an area no station serves.
    public static func registered(_ number: Int, receivedAt: Date) -> ComplaintRegistered {
        let area = number % 50 == 7 ? "JY-XX" : ["JY-MC", "JY-HLGE", "JY-AGRT", "JY-SH", "JY-XQ", "JY-BYXL"][number % 6]
        let category: Category = number % 20 == 3 ? .tariff : .wrongReading
        let ticket = TicketSubmitted(
            ticketNo: ticketNo(number), channel: number % 20 == 9 ? .regulator12398 : .hotline95598, type: .complaint,
            category: category,
            customer: Customer(account: "0472-\(2_000_000 + number)", name: "客户", phone: "13904720001", named: true),
            area: area, text: "客户反映本月电费比上月高出一倍。", receivedAt: receivedAt)
        return ComplaintRegistered(
            ticketNo: ticket.ticketNo, ticket: ticket,
            classification: .init(category: category, confidence: 0.8, source: .agent, disagreement: false),
            repeatDemand: .init(verdict: .notRepeat, reason: "first call", ruleIds: [.r1]), riskFlags: [], riskWords: [],
            firstOwner: Owner(unit: "hotline-95598"))
    }

    /// The Kafka message of ticket `number` as the intake publishes it at `time` (`ce_id` `intake:<number>:1`).
    public static func message(_ number: Int, at time: Date, codec: ContractCodec) throws -> ProducerMessage {
        let event = try codec.encode(registered(number, receivedAt: time), id: "intake:\(number):1", source: "intake", time: time)
        return ProducerMessage(event)
    }
}
