/// Everything wrong with a classification model file, with the file's path, so one run shows every fix to make
/// instead of one problem per attempt.
public struct ClassificationModelError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Path of the model file, or a name for data that did not come from a file.
    public var file: String
    /// The problems, in a stable order (file-level first, then by category slug and phrase).
    public var problems: [Problem]

    /// Creates an error for `file` from its problems.
    public init(file: String, problems: [Problem]) {
        self.file = file
        self.problems = problems
    }

    /// What can be wrong with a model file.
    public enum Problem: Sendable, Equatable, CustomStringConvertible {
        /// The file cannot be read.
        case unreadableFile(reason: String)
        /// The file is not JSON of the model's shape.
        case undecodable(reason: String)
        /// `version` is one this code does not understand.
        case unsupportedVersion(Int)
        /// A key of `categories` is not a category slug.
        case unknownCategory(String)
        /// A category has no entry in `categories`, so it could never be chosen.
        case missingCategory(String)
        /// A category lists no phrases.
        case noPhrases(category: String)
        /// A phrase is empty, or nothing but spaces and punctuation, which the classifier drops.
        case emptyPhrase(category: String, phrase: String)
        /// A phrase's weight is zero or negative.
        case nonPositiveWeight(category: String, phrase: String, weight: Double)
        /// Two phrases of one category are the same once normalised (e.g. "抄错" and "抄 错").
        case duplicatePhrase(category: String, phrase: String, sameAs: String)
        /// A key of `fallback` is not a ticket type that is classified (complaint, report).
        case unknownFallbackType(String)
        /// A classified ticket type has no fallback category.
        case missingFallback(type: String)
        /// A fallback category is not a category slug, or not one the ticket type allows.
        case fallbackDoesNotFit(type: String, category: String)
        /// A spelling variant is empty once normalised, or its canonical spelling is.
        case emptyVariant(canonical: String, variant: String)
        /// A false friend does not contain its phrase (once normalised) and something more, so it could never apply.
        case falseFriendWithoutPhrase(phrase: String, falseFriend: String)
        /// `confidence.halfConfidenceScore` is zero or negative.
        case nonPositiveHalfConfidenceScore(Double)

        /// A sentence saying what to fix.
        public var description: String {
            switch self {
            case .unreadableFile(let reason):
                "cannot read the file: \(reason)"
            case .undecodable(let reason):
                "not a classification model (expected version, categories, fallback): \(reason)"
            case .unsupportedVersion(let version):
                "version \(version) is not supported; this classifier reads version "
                    + "\(ClassificationModel.supportedVersion)"
            case .unknownCategory(let slug):
                "categories: \"\(slug)\" is not a category slug"
            case .missingCategory(let slug):
                "categories: \"\(slug)\" is missing; every category needs phrases"
            case .noPhrases(let category):
                "categories.\(category): no phrases"
            case .emptyPhrase(let category, let phrase):
                "categories.\(category): phrase \"\(phrase)\" is empty once spaces and punctuation are dropped"
            case .nonPositiveWeight(let category, let phrase, let weight):
                "categories.\(category): phrase \"\(phrase)\" has weight \(weight); weights must be positive"
            case .duplicatePhrase(let category, let phrase, let other):
                "categories.\(category): phrase \"\(phrase)\" is the same as \"\(other)\" once normalised"
            case .unknownFallbackType(let type):
                "fallback: \"\(type)\" is not a classified ticket type (complaint, report)"
            case .missingFallback(let type):
                "fallback: no category for \"\(type)\""
            case .fallbackDoesNotFit(let type, let category):
                "fallback: \"\(category)\" is not a category a \(type) may have"
            case .emptyVariant(let canonical, let variant):
                "normalization.variants: \"\(canonical)\" → \"\(variant)\" has an empty spelling"
            case .falseFriendWithoutPhrase(let phrase, let falseFriend):
                "normalization.falseFriends: \"\(falseFriend)\" does not contain \"\(phrase)\" and more"
            case .nonPositiveHalfConfidenceScore(let value):
                "confidence.halfConfidenceScore is \(value); it must be positive"
            }
        }
    }

    /// A heading naming the file, then one problem a line.
    public var description: String {
        let heading = "classification model \(file) has \(problems.count) problem\(problems.count == 1 ? "" : "s"):"
        return ([heading] + problems.map { "  \($0)" }).joined(separator: "\n")
    }
}
