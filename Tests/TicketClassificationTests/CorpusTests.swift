import Contracts
import Foundation
import TicketClassification
import Testing

/// The shipped model against hand-labelled hotline texts: the development set (`corpus.jsonl`, which the model was
/// tuned on) and the held-out set (`heldout.jsonl`, which it never was), both next to this file.
@Suite struct CorpusTests {
    @Test func corpusCoversEveryCategoryWithSevenExamplesOrMore() throws {
        let examples = try LabelledExample.load(from: Repository.corpus)
        #expect(examples.count >= 256)
        let counts = Dictionary(grouping: examples, by: \.category).mapValues(\.count)
        for category in Category.allCases {
            #expect((counts[category] ?? 0) >= 7, "\(category.rawValue)")
        }
    }

    /// Accuracy on the development set. The model was tuned on these sentences, so this figure is optimistic: it
    /// shows the model still does what it was built to do, not how well it does on texts it has never seen.
    @Test func corpusAccuracyMeetsNinetyPercent() throws {
        let evaluation = try evaluate(Repository.corpus, atLeast: 256, title: "Development set (corpus.jsonl)")
        #expect(evaluation.accuracy >= 0.90)
    }

    /// Accuracy on the held-out set: sentences written by someone else, three per category, that were never used to
    /// tune the model, so this is the honest estimate of how it does on new hotline texts.
    ///
    /// Never use `heldout.jsonl` to tune the model: do not add phrases, weights, variants or false friends because a
    /// held-out sentence is misclassified, or the figure stops meaning anything. Sentences that show a real gap go
    /// into `corpus.jsonl` instead. When the model changes a lot, replace the held-out set with a fresh one written
    /// by someone who has not read the model.
    @Test func heldOutAccuracyMeetsNinetyPercent() throws {
        let evaluation = try evaluate(Repository.heldOut, atLeast: 48, title: "Held-out set (heldout.jsonl)")
        #expect(evaluation.accuracy >= 0.90)
    }

    /// The held-out set in traditional characters (converted with OpenCC's simplified-to-traditional tables) scores
    /// within 3 points of the simplified one: the intake folds it back before classifying. Without the folding the
    /// model, whose phrases are simplified, fell to about 63 %.
    @Test func heldOutAccuracyInTraditionalCharactersIsWithinThreePointsOfSimplified() throws {
        let simplified = try evaluate(Repository.heldOut, atLeast: 48, title: "Held-out set (heldout.jsonl), as the intake reads it")
        let traditional = try evaluate(
            Repository.heldOutTraditional, atLeast: 48, title: "Held-out set in traditional characters (heldout-traditional.jsonl)")
        #expect(abs(simplified.accuracy - traditional.accuracy) <= 0.03)
    }

    /// The shipped model on a labelled file that must cover every category with at least `count` sentences; the
    /// report is printed for docs/classifier.md. The classifier folds text as the intake does (traditional
    /// characters to simplified).
    private func evaluate(_ file: URL, atLeast count: Int, title: String) throws -> ClassifierEvaluation {
        let classifier = Classifier(
            model: try ClassificationModel.load(from: Repository.shippedModel), normalizer: Repository.intakeNormalizer)
        let examples = try LabelledExample.load(from: file)
        try #require(examples.count >= count)
        try #require(Set(examples.map(\.category)) == Set(Category.allCases))
        let evaluation = ClassifierEvaluation(classifier: classifier, examples: examples)
        print("\(title):")
        print(evaluation.markdownReport())
        return evaluation
    }

    /// The model's own confidence should be higher when it is right than when it is wrong, or it is no use to intake.
    @Test func confidenceIsHigherOnCorrectGuessesThanOnMistakes() throws {
        let classifier = Classifier(model: try ClassificationModel.load(from: Repository.shippedModel))
        let evaluation = ClassifierEvaluation(
            classifier: classifier, examples: try LabelledExample.load(from: Repository.corpus))
        func mean(_ outcomes: [ClassifierEvaluation.Outcome]) -> Double {
            outcomes.isEmpty ? 0 : outcomes.map { $0.guess?.confidence ?? 0 }.reduce(0, +) / Double(outcomes.count)
        }
        let right = evaluation.outcomes.filter(\.isCorrect)
        let wrong = evaluation.misclassified
        if !wrong.isEmpty { #expect(mean(right) > mean(wrong)) }
    }
}
