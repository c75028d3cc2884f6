import Contracts
import IntakeService
import Testing

/// A 12398 call is the regulator's complaint: about another channel's open ticket it is registered on its own, with
/// its own handling, deadlines and scoring, and linked to that ticket; it is never merged into it as an urge (R3c).
struct RegulatorCallTests {
    private let fixtures = RepeatFixtures()
    private let outage = "报修停电三天了还没人来修，家里冰箱里的东西都坏了，要求尽快派人。"
    private let regulator = "供电所报修三天不来人，停电到现在冰箱里的东西都坏了，打95598也没用。"

    private func verdict(channel: Channel, earlierChannel: Channel, overdue: Bool = false) -> RepeatDemandVerdict {
        fixtures.rules.verdict(
            for: fixtures.new(regulator, category: .repairOverdue, channel: channel),
            history: [fixtures.earlier(
                "95598-A", outage, category: .repairOverdue, channel: earlierChannel,
                overdueSince: overdue ? "2026-03-19T09:00:00+08:00" : nil)])
    }

    /// R3c.
    @Test func aRegulatorsCallAboutAnotherChannelsOpenTicketIsRegisteredOnItsOwnAndLinked() throws {
        let verdict = verdict(channel: .regulator12398, earlierChannel: .hotline95598)
        #expect(verdict.urgedTicket == nil)
        let published = try #require(verdict.published)
        #expect(published.verdict == .excluded)
        #expect(published.ruleIds == [.r3c])
        #expect(published.matchedTicketNo == "95598-A")
        #expect(published.evidence?.channel == .regulator12398)
        #expect(published.evidence?.earlierState == .open)
        #expect(published.reason.contains("registered on its own and linked to 95598-A"), "\(published.reason)")
    }

    /// R3c: within one channel, and from the hotline to the regulator's ticket, a call is still an urge.
    @Test func withinOneChannelOrIntoTheRegulatorsTicketACallStillUrges() {
        #expect(verdict(channel: .regulator12398, earlierChannel: .regulator12398).urgedTicket == "95598-A")
        #expect(verdict(channel: .hotline95598, earlierChannel: .regulator12398).urgedTicket == "95598-A")
    }

    /// R1: about an overdue ticket the regulator's call is a repeat like any other.
    @Test func aboutAnOverdueTicketTheRegulatorsCallIsARepeat() {
        #expect(verdict(channel: .regulator12398, earlierChannel: .hotline95598, overdue: true).published?.verdict == .repeat)
    }
}
