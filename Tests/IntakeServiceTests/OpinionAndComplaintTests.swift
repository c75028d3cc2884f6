import Contracts
import IntakeService
import Testing

/// An opinion (意见) and then a complaint about the same matter is how a matter usually escalates: the same event (R1).
/// The complaint is never merged into the open opinion, which lacks a complaint's handling (R3c).
struct OpinionAndComplaintTests {
    private let fixtures = RepeatFixtures()
    private let opinion = "建议供电所把村口那根歪斜的电线杆扶正加固，刮大风时摇晃得厉害，怕倒下来砸到人。"
    private let complaint = "村口那根歪斜的电线杆提了意见一直没人扶正加固，刮大风摇晃得更厉害了，供电所不作为。"

    private func earlierOpinion(overdue: Bool = false) -> EarlierTicket {
        fixtures.earlier("OP-1", opinion, type: .opinion, category: nil, overdueSince: overdue ? "2026-03-10T09:00:00+08:00" : nil)
    }

    /// R1.
    @Test func aComplaintAfterAnOpinionAboutTheSameMatterIsARepeat() throws {
        let verdict = fixtures.rules.verdict(
            for: fixtures.new(complaint, category: .workQuality), history: [earlierOpinion(overdue: true)])
        let published = try #require(verdict.published)
        #expect(published.verdict == .repeat)
        #expect(published.matchedTicketNo == "OP-1")
        #expect(published.evidence?.sameEvent == .opinionAndComplaint)
    }

    /// R3c: the opinion is still in time, so the complaint is no repeat; it is registered on its own and linked.
    @Test func aComplaintAboutAnOpenOpinionIsRegisteredOnItsOwnAndLinked() throws {
        let verdict = fixtures.rules.verdict(for: fixtures.new(complaint, category: .workQuality), history: [earlierOpinion()])
        #expect(verdict.urgedTicket == nil)
        let published = try #require(verdict.published)
        #expect(published.verdict == .excluded)
        #expect(published.ruleIds == [.r3c])
        #expect(published.matchedTicketNo == "OP-1")
        #expect(published.reason.contains("a complaint is never merged into an opinion"), "\(published.reason)")
    }

    /// R3c: an opinion about an open complaint urges the complaint.
    @Test func anOpinionAboutAnOpenComplaintUrgesIt() {
        let verdict = fixtures.rules.verdict(
            for: fixtures.new(opinion, type: .opinion, category: nil),
            history: [fixtures.earlier("C-1", complaint, category: .workQuality)])
        #expect(verdict.urgedTicket == "C-1")
    }

    /// R1: an opinion about another matter is another event.
    @Test func anOpinionAboutAnotherMatterIsAnotherEvent() {
        let other = fixtures.earlier(
            "OP-2", "建议营业厅周末也开门，上班族平时没空去办业务。", type: .opinion, category: nil,
            overdueSince: "2026-03-10T09:00:00+08:00")
        #expect(fixtures.rules.verdict(for: fixtures.new(complaint, category: .workQuality), history: [other]) == .notRepeat)
    }
}
