import ArgumentParser
import Contracts
import Foundation

/// `complaints callback TICKET`: a customer representative's callback (回访), published as `callback.completed` on
/// `callbacks.results` (`ce_source` `customer-representatives`, keyed by the ticket).
///
///     complaints callback 95598-20260302-0001 --outcome satisfied --method phone --by "客户代表 张敏"
struct CallbackCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "callback",
        abstract: "Publish a customer representative's callback outcome to callbacks.results (C1–C3).")

    @OptionGroup var event: TicketEventOptions
    @Option(help: "satisfied, unsatisfied (back to the unit under supervision, C2) or unreachable.")
    var outcome: CallbackOutcome
    @Option(help: "phone, letter or visit (C1).") var method: ContactMethod

    /// The payload from the command line.
    var completed: CallbackCompleted {
        CallbackCompleted(ticketNo: event.ticket, by: event.by, outcome: outcome, method: method, note: event.note)
    }

    func run() async throws {
        try await event.publish(completed)
    }
}

extension CallbackOutcome: ExpressibleByArgument {}
