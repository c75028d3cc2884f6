import Contracts
import IntakeService
import Testing

/// A verdict says which words and which facts decided it, in fields a reader need not parse out of the reason (R1,
/// R3b).
struct VerdictEvidenceTests {
    private let fixtures = RepeatFixtures()

    /// R1: the same customer by phone, the same category, the similarity the reason states, the words both texts
    /// share, and where the earlier ticket stood since when.
    @Test func aRepeatNamesTheCustomerTheEventTheSharedWordsAndTheEarlierState() throws {
        let earlier = fixtures.earlier(
            "A", RepeatFixtures.firstCall, sameCustomer: .phone, overdueSince: "2026-03-03T09:00:00+08:00")
        let published = try #require(fixtures.rules.verdict(for: fixtures.new(RepeatFixtures.secondCall), history: [earlier]).published)
        let evidence = try #require(published.evidence)
        #expect(evidence.sameCustomer == .phone)
        #expect(evidence.sameEvent == .category)
        #expect(evidence.earlierState == .overdue)
        #expect(evidence.earlierStateSince == beijing("2026-03-03T09:00:00+08:00"))
        let similarity = try #require(evidence.similarity)
        #expect(published.reason.contains("text similarity \(String(format: "%.2f", similarity))"), "\(published.reason)")
        #expect(published.reason.contains("same customer (phone)"))
        let shared = try #require(evidence.sharedWords)
        #expect(!shared.isEmpty && shared.count <= 12)
        #expect(shared.contains("电费") && shared.contains("抄表"))
        let bothTexts = [RepeatFixtures.firstCall, RepeatFixtures.secondCall]
        #expect(shared.allSatisfy { word in bothTexts.allSatisfy { $0.contains(word) } }, "\(shared)")
    }

    /// The shared words are pairs of adjacent characters in the new text's order, each once, at most `limit`.
    @Test func sharedWordsComeInTheNewTextsOrderEachOnceUpToTheLimit() {
        let new = EventWords(stored: "电费电费抄表"), earlier = EventWords(stored: "抄表电费")
        #expect(new.sharedWords(with: earlier, limit: 12) == ["电费", "抄表"])
        #expect(new.sharedWords(with: earlier, limit: 1) == ["电费"])
        #expect(new.sharedWords(with: EventWords(stored: "停电"), limit: 12).isEmpty)
    }

    /// R3b: the words that made a new demand about a finished ticket's result.
    @Test func aNewDemandAboutAResultNamesItsWords() throws {
        let earlier = fixtures.earlier("A", RepeatFixtures.firstCall, finishedAt: "2026-03-05T09:00:00+08:00")
        let published = try #require(fixtures.rules.verdict(
            for: fixtures.new("上次抄错表的事虽然退了电费，但我要求对抄表员追责并赔偿误工费。"), history: [earlier]).published)
        #expect(published.ruleIds == [.r3b])
        #expect(published.evidence?.cues == ["赔偿", "追责"])
        #expect(published.evidence?.earlierState == .finished)
    }
}
