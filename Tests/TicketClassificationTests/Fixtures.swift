import Contracts
import Foundation
import TestFixtures
import TicketClassification

/// Where the repository's files are, found from this file's path (no SwiftPM resources).
enum Repository {
    static let shippedModel = RepositoryFiles.intakeData.appending(path: "classifier.json")
    /// The development set: labelled hotline texts the model was tuned on.
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "corpus.jsonl")
    /// The held-out set: labelled hotline texts written by someone else and never used to tune the model.
    static let heldOut = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "heldout.jsonl")
    /// The held-out set in traditional characters, converted by OpenCC's own simplified-to-traditional tables
    /// (`scripts/opencc-data`), not by the tables under test.
    static let heldOutTraditional = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appending(path: "heldout-traditional.jsonl")
    /// The intake's normaliser: OpenCC's traditional-to-simplified tables as the intake ships them.
    static let intakeNormalizer: TextNormalizer = {
        do {
            return TextNormalizer(script: try ScriptFolding.traditionalToSimplified(
                in: RepositoryFiles.intakeData.appending(path: "opencc")))
        } catch {
            preconditionFailure("services/intake/opencc does not load: \(error)")
        }
    }()
}

/// Small models written for one test: every category gets a harmless placeholder phrase unless the test gives it
/// phrases, so the model is valid and only the phrases under test can match.
enum TestModel {
    static func json(_ phrases: [Category: [String: Double]], variants: [String: [String]] = [:],
                     halfConfidenceScore: Double = 3) -> Data {
        var categories: [String: Any] = [:]
        for category in Category.allCases {
            categories[category.rawValue] = [
                "label": category.rawValue,
                "phrases": phrases[category] ?? ["占位\(category.rawValue)": 1],
            ]
        }
        let object: [String: Any] = [
            "version": 1,
            "normalization": ["variants": variants],
            "confidence": ["halfConfidenceScore": halfConfidenceScore],
            "categories": categories,
            "fallback": ["complaint": "work-quality", "report": "other"],
        ]
        // The dictionary holds only JSON-compatible values, so serialisation cannot fail.
        return (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
    }

    static func classifier(_ phrases: [Category: [String: Double]], variants: [String: [String]] = [:],
                           halfConfidenceScore: Double = 3) throws -> Classifier {
        Classifier(model: try ClassificationModel(
            data: json(phrases, variants: variants, halfConfidenceScore: halfConfidenceScore)))
    }
}
