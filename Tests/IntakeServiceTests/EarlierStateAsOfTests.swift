import Contracts
import IntakeService
import Testing

/// An earlier ticket is judged as it stood at the new call's `receivedAt`, not when intake gets to the call: a call
/// that waited in the topic, or a report that overtook it, does not change the verdict (R1, R3a, R3b, R3c).
struct EarlierStateAsOfTests {
    private let fixtures = RepeatFixtures()
    private let call = RepeatFixtures.secondCall
    /// The new call, received at 10:00 on 20 March.
    private var newCall: RepeatDemandRules.NewTicket { fixtures.new(call) }

    private func verdict(overdueSince: String? = nil, finishedAt: String? = nil, maliciousSince: String? = nil)
        -> RepeatDemandVerdict {
        fixtures.rules.verdict(for: newCall, history: [fixtures.earlier(
            "A", RepeatFixtures.firstCall, overdueSince: overdueSince, finishedAt: finishedAt, maliciousSince: maliciousSince)])
    }

    /// R3c: the step was missed at 10:05, after the call came in at 10:00; then the ticket was still in time, so the
    /// call urges it. R1: missed at 09:55, it is a repeat.
    @Test func aTicketOverdueOnlyAfterTheCallWasStillInTimeForIt() {
        #expect(verdict(overdueSince: "2026-03-20T10:05:00+08:00").urgedTicket == "A")
        #expect(verdict(overdueSince: "2026-03-20T09:55:00+08:00").published?.verdict == .repeat)
        // The very moment counts as overdue: the step was due when the customer called.
        #expect(verdict(overdueSince: "2026-03-20T10:00:00+08:00").published?.verdict == .repeat)
    }

    /// R3c, R1: a ticket closed after the call was still open for it; closed before, the problem came back.
    @Test func aTicketClosedAfterTheCallWasStillOpenForIt() {
        #expect(verdict(finishedAt: "2026-03-20T11:00:00+08:00").urgedTicket == "A")
        let repeated = verdict(finishedAt: "2026-03-19T16:00:00+08:00").published
        #expect(repeated?.verdict == .repeat)
        #expect(repeated?.evidence?.earlierState == .finished)
        #expect(repeated?.evidence?.earlierStateSince == beijing("2026-03-19T16:00:00+08:00"))
    }

    /// R3a: a demand found malicious only after the call does not exclude it; found before, it does.
    @Test func aDemandFoundMaliciousAfterTheCallDoesNotExcludeIt() {
        let later = verdict(overdueSince: "2026-03-10T09:00:00+08:00", maliciousSince: "2026-03-21T09:00:00+08:00")
        #expect(later.published?.verdict == .repeat)
        #expect(later.published?.evidence?.earlierState == .overdue)
        let before = verdict(finishedAt: "2026-03-12T09:00:00+08:00", maliciousSince: "2026-03-15T09:00:00+08:00")
        #expect(before.published?.ruleIds == [.r3a])
        #expect(before.published?.evidence?.earlierState == .malicious)
    }

    /// R3a, R3b, R3c: found malicious outweighs finished, finished outweighs overdue; before any of them, open.
    @Test func theStandingAtAMomentTakesTheWeightiestFactSoFar() {
        let earlier = fixtures.earlier(
            "A", RepeatFixtures.firstCall, overdueSince: "2026-03-03T09:00:00+08:00",
            finishedAt: "2026-03-05T09:00:00+08:00", maliciousSince: "2026-03-07T09:00:00+08:00")
        #expect(earlier.standing(at: beijing("2026-03-02T10:00:00+08:00")).state == .open)
        #expect(earlier.standing(at: beijing("2026-03-04T10:00:00+08:00")).state == .overdue)
        #expect(earlier.standing(at: beijing("2026-03-06T10:00:00+08:00")).state == .finished)
        #expect(earlier.standing(at: beijing("2026-03-08T10:00:00+08:00")) == (.malicious, beijing("2026-03-07T09:00:00+08:00")))
    }
}
