import Contracts
import Foundation
import IntakeService
import TestSupport

/// The benchmark's customers and their tickets: a history of one earlier ticket per customer within the month, and
/// new tickets of which half come from customers with history (the same event again: urges, repeats, exclusions)
/// and half from new customers; three in ten arrive without a category, for the classifier.
struct BenchTraffic {
    /// The virtual "now" of the run: new tickets arrive in the hour before it.
    static let now = Timestamp.parse("2026-03-20T12:00:00+08:00") ?? Date()

    let historyCustomers: Int

    private func account(_ customer: Int) -> String { "0472-\(1_000_000 + customer)" }
    private func phone(_ customer: Int) -> String { "139\(String(format: "%08d", customer % 100_000_000))" }
    private func kind(_ index: Int) -> (Category, first: String, again: String) {
        CustomerWords.byCategory[index % CustomerWords.byCategory.count]
    }

    private func ticket(
        _ number: String, customer: Int, category: Category, text: String, receivedAt: Date, agentGivesCategory: Bool
    ) -> TicketSubmitted {
        TicketSubmitted(
            ticketNo: number, channel: .hotline95598, type: category == .theft || category == .other ? .report : .complaint,
            category: agentGivesCategory ? category : nil,
            customer: Customer(account: account(customer), name: "客户\(customer)", phone: phone(customer), named: true),
            area: ["JY-MC", "JY-HLGE", "JY-AGRT", "JY-SH"][customer % 4], text: text, receivedAt: receivedAt)
    }

    /// The earlier ticket of customer `customer`: up to 25 days old; open, overdue or finished in turn.
    func history(_ customer: Int) -> HistoryImport.Record {
        let (category, first, _) = kind(customer)
        let age = Double(customer % 25) * 86_400 + Double(customer % 3_600)
        let progress: [EarlierTicket.Progress] = [.open, .overdue, .finished]
        return HistoryImport.Record(
            ticket: ticket("H-\(customer)", customer: customer, category: category, text: first,
                           receivedAt: Self.now.addingTimeInterval(-86_400 - age), agentGivesCategory: true),
            progress: progress[customer % 3])
    }

    /// New ticket `number`: even numbers from customers with history, odd ones from new customers.
    func newTicket(_ number: Int) -> TicketSubmitted {
        let returning = number % 2 == 0
        let customer = returning ? (number &* 7_919) % historyCustomers : historyCustomers + number
        let (category, first, again) = kind(customer)
        return ticket(
            "95598-B-\(number)", customer: customer, category: category, text: returning ? again : first,
            receivedAt: Self.now.addingTimeInterval(-Double(3_600 - number % 3_600)), agentGivesCategory: number % 10 >= 3)
    }
}
