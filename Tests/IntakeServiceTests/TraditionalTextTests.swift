import Contracts
@testable import IntakeService
import Testing
import TicketClassification

/// A ticket written in traditional characters (seed 004 itself is) is folded to simplified once, before
/// classification, same-event matching and risk words, so it is decided like the same words in simplified ones.
struct TraditionalTextTests {
    private let normalizer = shippedConfiguration.normalizer

    /// R6: 記者, 信訪 and 律師 raise their flags as 记者, 信访 and 律师 do, and travel in simplified characters.
    @Test func riskWordsInTraditionalCharactersRaiseTheirFlags() {
        let risk = RiskAssessment(
            normalized: normalizer.scalars("再不解決我就找記者曝光，還要去信訪，找律師起訴你們。"), channel: .hotline95598,
            riskWords: RiskWords(shippedConfiguration.riskWords, normalizer: normalizer), isRepeat: false, isHot: false)
        #expect(risk.flags == [.likelyToEscalate, .media])
        #expect(risk.words == ["记者", "曝光", "信访", "起诉", "律师"])
    }

    /// R1: the second call in traditional characters is the same event as the first in simplified ones; read
    /// character by character it would not be.
    @Test func aCallInTraditionalCharactersIsTheSameEventAsOneInSimplified() throws {
        let fixtures = RepeatFixtures()
        let traditional = "客戶再次來電，說上次反映電費翻倍、抄錶員抄錯錶的事到現在沒人核實，非常不滿。"
        let earlier = fixtures.earlier("A", RepeatFixtures.firstCall, overdueSince: "2026-03-03T09:00:00+08:00")
        let published = try #require(fixtures.rules.verdict(for: fixtures.new(traditional), history: [earlier]).published)
        #expect(published.verdict == .repeat)
        #expect(published.matchedTicketNo == "A")

        let plain = RepeatDemandRules(sameEvent: shippedConfiguration.rules.sameEvent, normalizer: .plain)
        let unfolded = plain.words(TextNormalizer.scalars(traditional))
        #expect(unfolded.similarity(to: earlier.words) < (published.evidence?.similarity ?? 0))
    }

    /// The model's phrases are simplified; a report and a complaint in traditional characters are still classified
    /// from their words.
    @Test func aTicketInTraditionalCharactersIsClassifiedFromItsWords() {
        let decision = ClassificationDecision(classifier: shippedConfiguration.classifier)
        func settle(_ ticket: TicketSubmitted) -> ComplaintRegistered.Classification {
            decision.settle(ticket, normalized: normalizer.scalars(ticket.text))
        }
        let report = settle(ticket("1", type: .report, category: nil, text: "舉報隔壁飯店私拉電線，繞過電錶偷電。"))
        #expect(report.category == .theft)
        #expect(report.source == .model)
        #expect(settle(ticket("2", category: nil, text: "電壓太低了，晚上燈都不亮，空調開不起來。")).category == .supplyQuality)
    }
}
