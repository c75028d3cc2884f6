import Contracts
import IntakeService
import Testing

/// Consultations are left out of the repeat counts only where the seed says: solved at once (R2), or about account
/// numbers, consumption, bills or procedures (R3d). Any other consultation asked again is counted.
struct ConsultationCountingTests {
    private let fixtures = RepeatFixtures()
    private let outageQuestion = "咨询我们村这两天白天老是停电，到底什么时候能恢复正常供电。"
    private let outageAgain = "又打来咨询村里白天老是停电的事，上次说查一下，到现在也没人答复什么时候恢复供电。"

    private func consultation(_ text: String, solvedAtOnce: Bool? = nil) -> RepeatDemandRules.NewTicket {
        fixtures.new(text, type: .consultation, category: nil, solvedAtOnce: solvedAtOnce)
    }

    /// R2: the hotline says it answered at once.
    @Test func aConsultationSolvedAtOnceIsNotCounted() throws {
        let verdict = fixtures.rules.verdict(for: consultation(outageAgain, solvedAtOnce: true), history: [])
        let published = try #require(verdict.published)
        #expect(published.verdict == .excluded)
        #expect(published.ruleIds == [.r2])
        #expect(published.evidence?.solvedAtOnce == true)
        #expect(!fixtures.rules.countsForRepeats(consultation(outageAgain, solvedAtOnce: true)))
    }

    /// R3d: a transfer's procedure and a month's consumption, with the words that decided it.
    @Test func aConsultationAboutProceduresOrConsumptionIsNotCounted() throws {
        for (text, cues) in [
            ("房子卖了，想问一下过户需要带什么材料，手续怎么办理。", ["手续", "材料", "怎么办理", "过户"]),
            ("问一下我家上个月用电量是多少度。", ["电量", "用电量"]),
        ] {
            let published = try #require(fixtures.rules.verdict(for: consultation(text), history: []).published)
            #expect(published.ruleIds == [.r3d])
            #expect(published.evidence?.cues == cues)
            #expect(published.reason.contains(cues[0]))
        }
    }

    /// R2: a consultation about an outage, not answered at once, asked again after the first was finished, is a
    /// repeat.
    @Test func anyOtherConsultationAskedAgainIsARepeat() throws {
        let first = fixtures.earlier(
            "Q-1", outageQuestion, type: .consultation, category: nil, finishedAt: "2026-03-03T09:00:00+08:00")
        #expect(fixtures.rules.countsForRepeats(consultation(outageAgain, solvedAtOnce: false)))
        let published = try #require(fixtures.rules.verdict(for: consultation(outageAgain), history: [first]).published)
        #expect(published.verdict == .repeat)
        #expect(published.matchedTicketNo == "Q-1")
    }

    /// R2, R3d: an earlier consultation that was not counted never makes a later call a repeat.
    @Test func anEarlierConsultationThatWasNotCountedMakesNoRepeat() {
        let first = fixtures.earlier(
            "Q-1", outageQuestion, type: .consultation, category: nil, counts: false, finishedAt: "2026-03-03T09:00:00+08:00")
        #expect(fixtures.rules.verdict(for: consultation(outageAgain), history: [first]) == .notRepeat)
    }
}
