import ArgumentParser
import Contracts
import Foundation
import TicketClassification

/// `complaints classify`: the intake classifier from the command line, to see what it makes of a text and why, or
/// to measure a model on a labelled corpus before shipping a change to it.
///
///     complaints classify --type complaint "客户反映抄表员抄错了表数"
///     complaints classify --evaluate Tests/TicketClassificationTests/corpus.jsonl
struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Classify a ticket text with the intake model, or evaluate the model on labelled JSON Lines.")

    @Argument(help: "The ticket text (the customer's words).") var text: String?
    @Option(help: "The ticket type: complaint or report.") var type = "complaint"
    @Option(help: "Evaluate on this JSON Lines file of {text, type, category} and print the Markdown report.")
    var evaluate: String?
    @Option(help: "The classification model.") var model = "services/intake/classifier.json"
    @Option(help: "The folder of OpenCC's traditional-to-simplified tables, which fold traditional text as the intake does.")
    var tables = "services/intake/opencc"

    func validate() throws {
        if (text == nil) == (evaluate == nil) { throw ValidationError("give either a text or --evaluate FILE") }
        if TicketType(rawValue: type) == nil {
            let types = TicketType.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("--type \(type) is not a ticket type (\(types))")
        }
    }

    func run() throws {
        let loaded = try ClassificationModel.load(from: URL(fileURLWithPath: model))
        let script = try ScriptFolding.traditionalToSimplified(in: URL(fileURLWithPath: tables))
        let classifier = Classifier(model: loaded, normalizer: TextNormalizer(script: script))
        if let evaluate {
            let examples = try LabelledExample.load(from: URL(fileURLWithPath: evaluate))
            print(ClassifierEvaluation(classifier: classifier, examples: examples).markdownReport(), terminator: "")
            return
        }
        guard let text, let ticketType = TicketType(rawValue: type) else { return }
        guard let guess = classifier.classify(text, as: ticketType) else {
            print("a \(ticketType.rawValue) has no category")
            return
        }
        let label = loaded.categories[guess.category]?.label ?? ""
        let fallback = guess.isFallback ? " (fallback: nothing matched)" : ""
        print("category    \(guess.category.rawValue) \(label)\(fallback)")
        print("confidence  \(String(format: "%.2f", guess.confidence))")
        print("matched     " + guess.matches.map { match in
            let spelling = match.matchedText == classifier.normalizer.normalize(match.phrase) ? "" : " as \(match.matchedText)"
            return "\(match.phrase)\(spelling) (\(match.weight))"
        }.joined(separator: ", "))
        let runnersUp = guess.ranking.dropFirst().prefix(2).filter { $0.score > 0 }
        if !runnersUp.isEmpty {
            print("runners-up  " + runnersUp.map { "\($0.category.rawValue) \($0.score)" }.joined(separator: ", "))
        }
    }
}
