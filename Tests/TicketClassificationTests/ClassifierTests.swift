import Contracts
import Foundation
import TicketClassification
import Testing

/// Scoring, ranking and the guess with its confidence, on small models written for each test.
@Suite struct ClassifierTests {
    @Test func ranksOnlyCategoriesThatFitTheType() throws {
        let classifier = try TestModel.classifier([.theft: ["偷电": 4], .wrongReading: ["抄错": 3]])
        let text = "抄错了，还有人偷电"
        let complaint = try #require(classifier.classify(text, as: .complaint))
        #expect(complaint.category == .wrongReading)
        #expect(Set(complaint.ranking.map(\.category)) == Set(TicketType.complaint.classificationCandidates))
        #expect(!complaint.ranking.contains { $0.category == .theft })

        let report = try #require(classifier.classify(text, as: .report))
        #expect(report.category == .theft)
        #expect(report.ranking.map(\.category) == [.theft, .other])
    }

    @Test func everyCategoryCanBeChosen() throws {
        let phrases = Dictionary(uniqueKeysWithValues: Category.allCases.map { ($0, ["暗号\($0.rawValue)": 2.0]) })
        let classifier = try TestModel.classifier(phrases)
        for category in Category.allCases {
            let type: TicketType = category.fits(.complaint) ? .complaint : .report
            let guess = try #require(classifier.classify("客户说暗号\(category.rawValue)", as: type))
            #expect(guess.category == category)
            #expect(guess.ranking.first?.score == 2)
        }
    }

    @Test func typesWithoutCategoriesAreNotClassified() throws {
        let classifier = try TestModel.classifier([.wrongReading: ["抄错": 3]])
        for type in [TicketType.opinion, .consultation, .repair, .praise] {
            #expect(classifier.classify("抄错了", as: type) == nil, "\(type)")
        }
    }

    @Test func rankSortsBestFirstAndBreaksTiesByCandidateOrder() throws {
        let classifier = try TestModel.classifier([.tariff: ["电价": 2], .charges: ["收费": 2], .attitude: ["态度": 5]])
        let text = "电价和收费都不合理，态度也差"
        #expect(classifier.rank(text, among: [.charges, .tariff, .attitude]).map(\.category)
                == [.attitude, .charges, .tariff])
        #expect(classifier.rank(text, among: [.tariff, .charges, .attitude]).map(\.category)
                == [.attitude, .tariff, .charges])
        #expect(classifier.rank(text, among: [.tariff, .tariff]).count == 1)
    }

    @Test func scoreIsTheSumOfDistinctMatchedPhrases() throws {
        let classifier = try TestModel.classifier([.wrongReading: ["抄错": 3, "估抄": 2, "读数": 1.5]])
        let score = try #require(classifier.rank("抄错了又抄错，读数不对", among: [.wrongReading]).first)
        #expect(score.score == 4.5)
        #expect(score.matches.map(\.phrase) == ["抄错", "读数"])
    }

    @Test func longerPhraseCountsInsteadOfTheShorterItContains() throws {
        let classifier = try TestModel.classifier([.plannedOutage: ["停电": 1, "计划停电": 4]])
        let covered = try #require(classifier.rank("计划停电没通知", among: [.plannedOutage]).first)
        #expect(covered.score == 4)
        #expect(covered.matches.map(\.phrase) == ["计划停电"])
        // The short phrase still counts where it stands on its own.
        let both = try #require(classifier.rank("计划停电后又停电", among: [.plannedOutage]).first)
        #expect(both.score == 5)
    }

    @Test func phrasesOfOtherCategoriesDoNotCoverEachOther() throws {
        let classifier = try TestModel.classifier([.plannedOutage: ["计划停电": 4], .supplyQuality: ["停电": 1]])
        let ranking = classifier.rank("计划停电", among: [.plannedOutage, .supplyQuality])
        #expect(ranking.map(\.score) == [4, 1])
    }

    @Test func modelPhrasesAreNormalisedLikeTheText() throws {
        let classifier = try TestModel.classifier([.supplyQuality: ["电压 低！": 4, "２２０Ｖ": 1]])
        let score = try #require(classifier.rank("电压，低得很，不到220v", among: [.supplyQuality]).first)
        #expect(score.score == 5)
        #expect(score.matches.map(\.matchedText) == ["电压低", "220v"])
    }

    @Test func spellingVariantsMatchWithThePhrasesWeight() throws {
        let classifier = try TestModel.classifier(
            [.wrongReading: ["抄表错误": 4], .wrongDisconnection: ["还停电": 3]],
            variants: ["抄": ["超"], "停电": ["挺电"]])
        let guess = try #require(classifier.classify("超表错误", as: .complaint))
        #expect(guess.category == .wrongReading)
        #expect(guess.matches == [PhraseMatch(phrase: "抄表错误", matchedText: "超表错误", weight: 4)])
        #expect(classifier.classify("交了钱还挺电", as: .complaint)?.category == .wrongDisconnection)
    }

    @Test func falseFriendsCancelOnlyThePhraseTheyContain() throws {
        var object = try #require(JSONSerialization.jsonObject(
            with: TestModel.json([.applianceDamage: ["家电": 3], .wrongReading: ["电表": 1]])) as? [String: Any])
        object["normalization"] = ["falseFriends": ["家电": ["家电表"]]]
        let classifier = Classifier(model: try ClassificationModel(
            data: try JSONSerialization.data(withJSONObject: object)))
        let mine = classifier.rank("俺家电表不准", among: [.applianceDamage, .wrongReading])
        #expect(mine.map(\.category) == [.wrongReading, .applianceDamage])
        #expect(mine.map(\.score) == [1, 0])
        #expect(classifier.rank("家电烧了，家电表也坏了", among: [.applianceDamage]).first?.score == 3)
    }

    @Test func confidenceIsZeroWithFallbackWhenNothingMatches() throws {
        let classifier = try TestModel.classifier([.wrongReading: ["抄错": 3]])
        let complaint = try #require(classifier.classify("你好，我想说个事", as: .complaint))
        #expect(complaint.category == .workQuality)
        #expect(complaint.confidence == 0)
        #expect(complaint.isFallback)
        #expect(complaint.matches == [])
        let empty = try #require(classifier.classify("", as: .report))
        #expect(empty.category == .other)
    }

    @Test func confidenceIsTheWinnersShareDampedByWeakEvidence() throws {
        let classifier = try TestModel.classifier([.wrongReading: ["抄错": 3], .tariff: ["电价": 1]],
                                                  halfConfidenceScore: 3)
        // Alone with weight h: share 1 × 3 / (3 + 3).
        let alone = try #require(classifier.classify("抄错了", as: .complaint))
        #expect(abs(alone.confidence - 0.5) <= 1e-9, "\(alone.confidence)")
        // Disputed: share 3/4 × 0.5.
        let disputed = try #require(classifier.classify("抄错了，电价也高", as: .complaint))
        #expect(disputed.category == .wrongReading)
        #expect(!disputed.isFallback)
        #expect(abs(disputed.confidence - 0.375) <= 1e-9, "\(disputed.confidence)")
        // Weak evidence alone: 1 / (1 + 3).
        let weak = try #require(classifier.classify("电价", as: .complaint))
        #expect(abs(weak.confidence - 0.25) <= 1e-9, "\(weak.confidence)")
    }

    @Test func guessListsTheMatchedPhrasesInTextOrder() throws {
        let classifier = try TestModel.classifier([.applianceDamage: ["烧坏": 4, "赔偿": 2, "电视": 1]])
        let guess = try #require(classifier.classify("电视被烧坏了，要求赔偿", as: .complaint))
        #expect(guess.category == .applianceDamage)
        #expect(guess.matches.map(\.phrase) == ["电视", "烧坏", "赔偿"])
        #expect(guess.matches.map(\.weight).reduce(0, +) == guess.ranking.first?.score)
    }
}
