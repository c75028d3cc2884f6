import Contracts
import TicketClassification
import Testing

/// Measuring a classifier on labelled examples, and reading the examples from JSON Lines.
@Suite struct EvaluationTests {
    @Test func evaluationCountsAccuracyConfusionAndMisses() throws {
        let classifier = try TestModel.classifier([.wrongReading: ["抄错": 3], .tariff: ["电价": 3]])
        let examples = [
            LabelledExample(text: "抄错了", type: .complaint, category: .wrongReading),
            LabelledExample(text: "电价太高", type: .complaint, category: .tariff),
            LabelledExample(text: "电价是抄错的那个", type: .complaint, category: .tariff),
            LabelledExample(text: "有人偷电", type: .report, category: .theft),
        ]
        let evaluation = ClassifierEvaluation(classifier: classifier, examples: examples)
        #expect(evaluation.correctCount == 2)
        #expect(evaluation.accuracy == 0.5)
        #expect(evaluation.misclassified.map(\.example.text) == ["电价是抄错的那个", "有人偷电"])
        #expect(evaluation.confusion[.tariff] == [.tariff: 1, .wrongReading: 1])
        #expect(evaluation.confusion[.theft] == [.other: 1])
        #expect(evaluation.perCategory[.tariff] == .init(expected: 2, correct: 1, predicted: 1))
        #expect(evaluation.perCategory[.wrongReading] == .init(expected: 1, correct: 1, predicted: 2))

        let report = evaluation.markdownReport()
        #expect(report.hasPrefix("**Accuracy: 2 / 4 = 50.0%**"), "\(report)")
        let header = "| expected \\ predicted | wrong-reading | tariff | theft | other | n | correct |"
        #expect(report.contains(header), "\(report)")
        #expect(report.contains("| tariff | 1 | 1 | · | · | 2 | 1 |"), "\(report)")
        #expect(report.contains("| 有人偷电 | theft | other | 0.00 |  |"), "\(report)")
        #expect(!evaluation.markdownReport(listingMisclassified: false).contains("Misclassified"))
    }

    @Test func jsonLinesAreParsedAndEveryBadLineIsReported() throws {
        let good = """
        {"text": "抄错了", "type": "complaint", "category": "wrong-reading", "note": "short"}

        {"text": "偷电", "type": "report", "category": "theft"}
        """
        let examples = try LabelledExample.parseJSONLines(good, source: "good.jsonl")
        #expect(examples.map(\.category) == [.wrongReading, .theft])
        #expect(examples.first?.note == "short")

        let bad = """
        {"text": "抄错了", "type": "complaint", "category": "theft"}
        not json
        {"text": "偷电", "type": "report", "category": "theft"}
        {"text": "表扬", "type": "praise", "category": "other"}
        """
        do {
            _ = try LabelledExample.parseJSONLines(bad, source: "bad.jsonl")
            Issue.record("bad lines accepted")
        } catch {
            #expect(error.file == "bad.jsonl")
            #expect(error.problems.map(\.line) == [1, 2, 4])
        }
    }
}
