import Contracts
@testable import IntakeService
import Testing
import TicketClassification

/// How intake settles a ticket's category with the shipped model.
struct ClassificationDecisionTests {
    private let decision = ClassificationDecision(classifier: shippedConfiguration.classifier)

    private func settle(_ ticket: TicketSubmitted) -> ComplaintRegistered.Classification {
        decision.settle(ticket, normalized: decision.normalizer.scalars(ticket.text))
    }

    @Test func aMissingCategoryIsTakenFromTheCustomersWords() {
        let settled = settle(ticket("1", type: .report, category: nil, text: "举报隔壁饭店私拉电线绕过电表偷电。"))
        #expect(settled.category == .theft)
        #expect(settled.source == .model)
        #expect(settled.confidence > 0)
        #expect(!settled.disagreement)
    }

    @Test func theAgentsCategoryIsKeptWhenTheWordsAgree() {
        let settled = settle(ticket("1"))
        #expect(settled == .init(category: .wrongReading, confidence: settled.confidence, source: .agent, disagreement: false))
        #expect(settled.confidence > 0.5)
    }

    @Test func theAgentsCategoryIsKeptAndADisagreementFlaggedWhenTheWordsSaySomethingElse() {
        let settled = settle(ticket("1", category: .tariff, text: "营业厅工作人员态度恶劣，问两句就不耐烦还挂电话。"))
        #expect(settled.category == .tariff)
        #expect(settled.source == .agent)
        #expect(settled.disagreement)
        #expect(settled.alternative == .attitude)
        #expect(settled.confidence < 0.5)
    }

    /// R6: only a category that rests on the agent's word or on evidence in the words is grounded, so only such
    /// tickets count towards a hot issue; the model's fallback when no phrase matched is not.
    @Test func onlyTheAgentsCategoryOrTheModelsOnEvidenceIsGrounded() {
        func grounded(_ ticket: TicketSubmitted) -> Bool {
            decision.decide(ticket, normalized: decision.normalizer.scalars(ticket.text)).grounded
        }
        let noEvidence = ticket("1", category: nil, text: "喂，你好，我就是想问问这个事情到底怎么回事。")
        #expect(settle(noEvidence).source == .model)
        #expect(!grounded(noEvidence))
        #expect(grounded(ticket("2", category: nil, text: "电压太低了，晚上灯都不亮，空调开不起来。")))
        #expect(grounded(ticket("3", category: .workQuality, text: "喂，你好，我就是想问问这个事情到底怎么回事。")))
        #expect(!grounded(ticket("4", type: .opinion, category: nil, text: "建议营业厅周末也开门。")))
    }

    @Test func typesWithoutCategoriesKeepWhatTheAgentWrote() {
        #expect(settle(ticket("1", type: .opinion, category: nil, text: "建议营业厅周末也开门。"))
            == .init(category: nil, confidence: 1, source: .agent, disagreement: false))
        #expect(settle(ticket("2", type: .consultation, category: .tariff, text: "咨询居民阶梯电价怎么算。")).category == .tariff)
    }
}
