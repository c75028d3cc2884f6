import Contracts
import IntakeService
import Testing
import TicketClassification

struct RiskAssessmentTests {
    private let riskWords = RiskWords(shippedConfiguration.riskWords, normalizer: shippedConfiguration.normalizer)

    private func assess(_ text: String, channel: Channel = .hotline95598, isRepeat: Bool = false, isHot: Bool = false)
        -> RiskAssessment {
        RiskAssessment(
            normalized: shippedConfiguration.normalizer.scalars(text), channel: channel, riskWords: riskWords, isRepeat: isRepeat, isHot: isHot)
    }

    /// R6.
    @Test func every12398TicketIsHighRisk() {
        let risk = assess("电费太高了", channel: .regulator12398)
        #expect(risk.flags == [.likelyToEscalate, .regulator])
        #expect(risk.words.isEmpty)
    }

    /// R6.
    @Test func escalationWordsRaiseFlagsAndTravelWithTheTicket() {
        let risk = assess("再不解决我就找记者曝光，还要去信访，找律师起诉你们，打12345")
        #expect(risk.flags == [.likelyToEscalate, .media])
        #expect(risk.words == ["记者", "曝光", "信访", "起诉", "律师", "12345"])
    }

    /// R6.
    @Test func mentioningTheRegulatorOrAHazardIsFlagged() {
        #expect(assess("我要打12398投诉你们").flags == [.likelyToEscalate, .regulator])
        #expect(assess("门口电线掉下来了，有安全隐患").flags == [.sensitive])
    }

    /// R6.
    @Test func repeatsAndHotIssuesAreFlagged() {
        #expect(assess("电费不对", isRepeat: true, isHot: true).flags == [.hot, .repeated])
        #expect(assess("电费不对").flags.isEmpty)
    }
}
