@testable import complaints
import Contracts
import Foundation
import Testing

/// `complaints callbacks`' list as plain values: which callbacks are still to make, and which are overdue.
@Suite struct OpenCallbacksTests {
    private static func time(_ clock: String) -> Date { Timestamp.parse("2026-03-02T\(clock):00+08:00")! }

    /// A `callback.due` published at `clock` for `dueClock`, and its publication time.
    private func due(
        _ ticket: String, unit: String = "st-machi", at clock: String, by dueClock: String, attempt: Int = 1,
        step: CallbackStep = .c1
    ) -> (CallbackDue, Date) {
        let payload = CallbackDue(
            ticketNo: ticket, unit: unit, dueAt: Self.time(dueClock), step: step, attempt: attempt, named: true)
        return (payload, Self.time(clock))
    }

    private func recorded(_ ticket: String, _ outcome: CallbackOutcome = .satisfied, attempt: Int = 1) -> CallbackRecorded {
        CallbackRecorded(
            ticketNo: ticket, unit: "st-machi", tier: .station, outcome: outcome, method: .phone, by: "客户代表 张敏",
            attempt: attempt)
    }

    private func overdue(_ ticket: String, by dueClock: String, attempt: Int = 1) -> CallbackOverdue {
        CallbackOverdue(ticketNo: ticket, unit: "st-machi", dueAt: Self.time(dueClock), step: .c1, attempt: attempt)
    }

    @Test func aDueCallbackWithoutAnOutcomeIsListed() {  // C1
        var open = OpenCallbacks()
        let (payload, at) = due("T-1", at: "10:00", by: "10:10")
        open.due(payload, publishedAt: at)
        #expect(open.entries == [OpenCallbacks.Entry(
            ticketNo: "T-1", unit: "st-machi", tier: nil, dueAt: Self.time("10:10"), step: .c1, attempt: 1,
            overdue: false)])
    }

    @Test func aDueCallbackFollowedByItsOutcomeIsNotListed() {  // C1
        var open = OpenCallbacks()
        let (payload, at) = due("T-1", at: "10:00", by: "10:10")
        open.due(payload, publishedAt: at)
        open.recorded(recorded("T-1", .unreachable))
        #expect(open.entries.isEmpty)
    }

    @Test func aDueCallbackFollowedByOverdueIsMarkedOverdue() {  // C1, C3
        var open = OpenCallbacks()
        let (payload, at) = due("T-1", at: "10:00", by: "10:10", step: .c3)
        open.due(payload, publishedAt: at)
        open.overdue(overdue("T-1", by: "10:10"))
        #expect(open.entries.map(\.overdue) == [true])
        #expect(open.entries.first?.line == "T-1\tst-machi\t-\t2026-03-02T10:10:00+08:00\tC3\tattempt 1\toverdue")
    }

    @Test func anUnsatisfiedOutcomeThenANewDueListsTheNewAttemptNotOverdue() {  // C2
        var open = OpenCallbacks()
        let (first, firstAt) = due("T-1", at: "10:00", by: "10:10")
        open.due(first, publishedAt: firstAt)
        open.overdue(overdue("T-1", by: "10:10"))
        open.recorded(recorded("T-1", .unsatisfied))
        let (second, secondAt) = due("T-1", at: "15:00", by: "15:10", attempt: 2)
        open.due(second, publishedAt: secondAt)
        #expect(open.entries.map(\.attempt) == [2])
        #expect(open.entries.map(\.overdue) == [false])
    }

    @Test func aClosedTicketIsNotListed() {
        var open = OpenCallbacks()
        let (payload, at) = due("T-1", at: "10:00", by: "10:10")
        open.due(payload, publishedAt: at)
        open.closed(ticketNo: "T-1", at: Self.time("11:00"))
        #expect(open.entries.isEmpty)
    }

    @Test func aTicketReopenedAfterItClosedIsListedWithItsNewDue() {
        var open = OpenCallbacks()
        open.closed(ticketNo: "T-1", at: Self.time("11:00"))
        let (payload, at) = due("T-1", at: "14:00", by: "14:10", attempt: 1)
        open.due(payload, publishedAt: at)
        #expect(open.entries.map(\.dueAt) == [Self.time("14:10")])
    }

    @Test func theListIsSortedByDueTimeWithTheUnitsTier() {  // H10
        var open = OpenCallbacks()
        open.assigned(unit: "st-machi", tier: .station)
        for (ticket, clock, dueClock) in [("T-3", "09:00", "11:00"), ("T-1", "09:30", "09:40"), ("T-2", "09:20", "10:30")] {
            let (payload, at) = due(ticket, at: clock, by: dueClock)
            open.due(payload, publishedAt: at)
        }
        let (leadership, at) = due("T-4", unit: "leadership", at: "09:00", by: "10:00", step: .h10)
        open.due(leadership, publishedAt: at)
        open.assigned(unit: "leadership", tier: .leadership)
        #expect(open.entries.map(\.ticketNo) == ["T-1", "T-4", "T-2", "T-3"])
        #expect(open.entries.map(\.tier) == [.station, .leadership, .station, .station])
    }
}
