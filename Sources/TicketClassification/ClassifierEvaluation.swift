import Contracts
import Foundation

/// How well a classifier agrees with labelled examples: accuracy, per-category counts, the confusion table and the
/// misclassified examples, and a Markdown rendering for `docs/classifier.md` so a model change shows its effect in
/// review.
public struct ClassifierEvaluation: Sendable {
    /// One example and what the classifier made of it.
    public struct Outcome: Sendable {
        public var example: LabelledExample
        /// nil when the example's type has no categories.
        public var guess: CategoryGuess?

        public var predicted: Category? { guess?.category }
        public var isCorrect: Bool { predicted == example.category }
    }

    /// Counts for one category.
    public struct CategoryCounts: Sendable, Equatable {
        /// Examples labelled with the category.
        public var expected = 0
        /// Of those, how many the classifier got right.
        public var correct = 0
        /// Examples the classifier put in the category, rightly or not.
        public var predicted = 0

        public init(expected: Int = 0, correct: Int = 0, predicted: Int = 0) {
            self.expected = expected
            self.correct = correct
            self.predicted = predicted
        }
    }

    /// Every example's outcome, in the examples' order.
    public let outcomes: [Outcome]

    /// Classifies every example.
    public init(classifier: Classifier, examples: [LabelledExample]) {
        outcomes = examples.map { Outcome(example: $0, guess: classifier.classify($0.text, as: $0.type)) }
    }

    public var correctCount: Int { outcomes.count { $0.isCorrect } }

    /// Share of examples classified as labelled; 0 for no examples.
    public var accuracy: Double { outcomes.isEmpty ? 0 : Double(correctCount) / Double(outcomes.count) }

    public var misclassified: [Outcome] { outcomes.filter { !$0.isCorrect } }

    public var perCategory: [Category: CategoryCounts] {
        var counts: [Category: CategoryCounts] = [:]
        for outcome in outcomes {
            counts[outcome.example.category, default: CategoryCounts()].expected += 1
            if outcome.isCorrect { counts[outcome.example.category, default: CategoryCounts()].correct += 1 }
            if let predicted = outcome.predicted { counts[predicted, default: CategoryCounts()].predicted += 1 }
        }
        return counts
    }

    /// Expected category → predicted category (nil: no category) → number of examples.
    public var confusion: [Category: [Category?: Int]] {
        var table: [Category: [Category?: Int]] = [:]
        for outcome in outcomes { table[outcome.example.category, default: [:]][outcome.predicted, default: 0] += 1 }
        return table
    }

    /// An accuracy line, the confusion table (rows: expected, columns: predicted, category slugs) and, if asked,
    /// the misclassified examples with the phrases that misled the classifier.
    public func markdownReport(listingMisclassified: Bool = true) -> String {
        let percent = (accuracy * 1000).rounded() / 10
        var lines = ["**Accuracy: \(correctCount) / \(outcomes.count) = \(percent)%**", ""]
        let counts = perCategory
        let categories = Category.allCases.filter { counts[$0] != nil }
        let columns: [Category?] = categories + (outcomes.contains { $0.predicted == nil } ? [nil] : [])
        let table = confusion
        lines.append("| expected \\ predicted | " + columns.map { $0?.rawValue ?? "(none)" }.joined(separator: " | ")
                     + " | n | correct |")
        lines.append("|---" + String(repeating: "|---:", count: columns.count + 2) + "|")
        for expected in categories {
            let row = table[expected] ?? [:]
            let cells = columns.map { column in row[column].map(String.init) ?? "·" }
            let total = counts[expected]?.expected ?? 0
            let correct = counts[expected]?.correct ?? 0
            lines.append("| \(expected.rawValue) | " + cells.joined(separator: " | ") + " | \(total) | \(correct) |")
        }
        let misses = misclassified
        if listingMisclassified && !misses.isEmpty {
            lines += ["", "Misclassified:", "",
                      "| text | expected | predicted | confidence | matched |", "|---|---|---|---:|---|"]
            for miss in misses {
                let matched = (miss.guess?.matches ?? []).map { "\($0.phrase)(\(Self.format($0.weight)))" }
                    .joined(separator: " ")
                let confidence = miss.guess.map { String(format: "%.2f", $0.confidence) } ?? "—"
                lines.append("| \(miss.example.text.replacingOccurrences(of: "|", with: "\\|")) | "
                             + "\(miss.example.category.rawValue) | \(miss.predicted?.rawValue ?? "(none)") | "
                             + "\(confidence) | \(matched) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A weight without a useless ".0".
    static func format(_ weight: Double) -> String {
        weight == weight.rounded() && abs(weight) < 1e9 ? String(Int(weight)) : String(weight)
    }
}
