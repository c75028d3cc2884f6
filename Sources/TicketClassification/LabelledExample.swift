import Contracts
import Foundation

/// A ticket text with the category a person gave it: the material the classifier is measured on.
///
/// Examples are kept as JSON Lines, one object a line, so a corpus is easy to extend and to diff:
/// `{"text": "…", "type": "complaint", "category": "wrong-reading", "note": "typo 超表"}`.
public struct LabelledExample: Sendable, Codable, Equatable {
    public var text: String
    public var type: TicketType
    public var category: Category
    /// Why the example is there or why it has its label (several issues in one call, a typo it tests…).
    public var note: String?

    public init(text: String, type: TicketType, category: Category, note: String? = nil) {
        self.text = text
        self.type = type
        self.category = category
        self.note = note
    }

    /// Parses JSON Lines, skipping blank lines; every bad line is reported, with its number, in one error.
    public static func parseJSONLines(_ content: String, source: String) throws(LabelledExampleError)
        -> [LabelledExample] {
        var examples: [LabelledExample] = []
        var problems: [LabelledExampleError.Problem] = []
        let decoder = JSONDecoder()
        for (offset, line) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { continue }
            let number = offset + 1
            do {
                let example = try decoder.decode(LabelledExample.self, from: Data(trimmed.utf8))
                if !example.type.classificationCandidates.contains(example.category) {
                    problems.append(.init(line: number, reason:
                        "a \(example.type.rawValue) cannot have category \(example.category.rawValue)"))
                } else {
                    examples.append(example)
                }
            } catch {
                problems.append(.init(line: number, reason: "not an example (text, type, category): \(error)"))
            }
        }
        guard problems.isEmpty else { throw LabelledExampleError(file: source, problems: problems) }
        return examples
    }

    /// Reads and parses a JSON Lines file.
    public static func load(from url: URL) throws(LabelledExampleError) -> [LabelledExample] {
        let content: String
        do {
            content = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw LabelledExampleError(file: url.path, problems: [.init(line: 0, reason: "cannot read: \(error)")])
        }
        return try parseJSONLines(content, source: url.path)
    }
}

/// The bad lines of a labelled-example file.
public struct LabelledExampleError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var problems: [Problem]

    /// A line (1-based; 0 for the file as a whole) and what is wrong with it.
    public struct Problem: Sendable, Equatable {
        public var line: Int
        public var reason: String
    }

    public var description: String {
        (["\(file): \(problems.count) bad line\(problems.count == 1 ? "" : "s"):"]
            + problems.map { "  line \($0.line): \($0.reason)" }).joined(separator: "\n")
    }
}
