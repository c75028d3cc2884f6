import Contracts
import Foundation
import IntakeService
import Testing

/// H1: a ticket's time is checked against intake's clock, and neither a late entry nor a clock running ahead loses
/// the ticket.
struct ReceivedTimeTests {
    private let validation = TicketValidation(rules: shippedConfiguration.rules, directory: shippedDirectory)
    private let now = beijing("2026-03-02T09:05:00+08:00")

    private func checked(_ submitted: TicketSubmitted) -> TicketReview {
        validation.checkingTime(of: validation.review(submitted), now: now)
    }

    /// A few minutes ahead is clock drift, and a ticket keyed in within the window is on time.
    @Test func aFewMinutesAheadAndAMonthBackAreOnTime() {
        #expect(shippedConfiguration.rules.receivedAtLeewayMinutes == 10)
        #expect(checked(ticket("1", at: "2026-03-02T09:15:00+08:00")).problems.isEmpty)
        #expect(checked(ticket("2", at: "2026-01-31T09:06:00+08:00")).problems.isEmpty)
    }

    /// H1, issue 16: a letter keyed in more than 30 days after it arrived is registered with its own time, so its
    /// deadlines and its month of repeat demands run from when the customer wrote; the lateness is listed.
    @Test func aLateEntryIsRegisteredWithItsOwnTime() throws {
        let late = checked(ticket("LT-20260119-0003", at: "2026-01-19T10:00:00+08:00", channel: .letter))
        #expect(late.refusals.isEmpty)
        #expect(late.ticket.receivedAt == beijing("2026-01-19T10:00:00+08:00"))
        let problem = try #require(late.problems.first)
        #expect(problem.field == "receivedAt" && problem.code == .late)
        #expect(problem.message.contains("is 41 days before intake registered it"))
    }

    /// H1: a time further ahead than clock drift explains is no time the customer spoke at: the ticket is registered
    /// at intake's time, so its deadlines start now, and the time given is listed.
    @Test func aTimeAheadOfTheClockIsRegisteredAtIntakesTime() throws {
        let ahead = checked(ticket("1", at: "2026-03-02T15:05:00+08:00"))
        #expect(ahead.ticket.receivedAt == now)
        let problem = try #require(ahead.problems.first)
        #expect(problem.field == "receivedAt" && problem.code == .future)
        #expect(problem.message.contains("2026-03-02T15:05:00+08:00"))
    }
}
