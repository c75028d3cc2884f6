import Contracts
import Foundation

/// The classifier's model: for each category, the phrases that speak for it and how strongly, as a person maintains
/// them in a JSON file (`services/intake/classifier.json`). Keeping the model as data rather than code lets the
/// bureau tune it without a release, and lets anyone read why a ticket got its category.
///
/// The file:
/// ```json
/// {
///   "version": 1,
///   "description": "…",
///   "normalization": {"variants": {"抄表": ["超表"], "电费": ["电废"]}, "falseFriends": {"家电": ["家电费", "家电表"]}},
///   "confidence": {"halfConfidenceScore": 3},
///   "categories": {"wrong-reading": {"label": "错抄表", "phrases": {"抄错": 3, "估抄": 3, "电量不对": 1.5}}, …},
///   "fallback": {"complaint": "work-quality", "report": "other"}
/// }
/// ```
/// Loading checks everything and refuses a broken file with every problem listed (`ClassificationModelError`).
public struct ClassificationModel: Decodable, Sendable {
    /// The file format version this code reads.
    public static let supportedVersion = 1

    /// The file format version.
    public var version: Int
    /// Free text for the maintainers.
    public var description: String
    /// Spelling variants expanded into the phrases.
    public var normalization: Normalization
    /// How scores become a confidence.
    public var confidence: ConfidenceSettings
    /// Every category's label and phrases; all 16 categories are present.
    public var categories: [Category: CategoryDefinition]
    /// The category given when no phrase matched, for each classified ticket type.
    public var fallback: [TicketType: Category]

    /// One category's entry.
    public struct CategoryDefinition: Sendable, Equatable {
        /// The Chinese name, for people reading the file and the output.
        public var label: String
        /// The phrases, sorted by their text so the order never depends on the JSON object's.
        public var phrases: [WeightedPhrase]

        public init(label: String, phrases: [WeightedPhrase]) {
            self.label = label
            self.phrases = phrases.sorted { $0.text < $1.text }
        }
    }

    /// A phrase as written in the model and the weight of evidence it adds to its category.
    public struct WeightedPhrase: Sendable, Hashable {
        public var text: String
        public var weight: Double

        public init(_ text: String, weight: Double) {
            self.text = text
            self.weight = weight
        }
    }

    /// How spellings in the text relate to the phrases, beyond `TextNormalizer`'s folding.
    public struct Normalization: Sendable, Equatable {
        /// Canonical spelling → the variants agents type for it (typos, homophones: 电费 → 电废). Every phrase that
        /// contains the canonical spelling also matches with one variant in its place, at the phrase's weight.
        public var variants: [String: [String]]
        /// Phrase → longer strings in which it is not meant. Chinese is written without spaces, so a phrase can
        /// straddle two words: "家电" (appliance) inside "我家电表" (my meter). Where an occurrence of the phrase is
        /// part of an occurrence of one of its false friends, that occurrence counts for no category; other phrases
        /// inside the false friend ("电表") are unaffected.
        public var falseFriends: [String: [String]]

        public init(variants: [String: [String]] = [:], falseFriends: [String: [String]] = [:]) {
            self.variants = variants
            self.falseFriends = falseFriends
        }
    }

    /// The constant of the confidence formula (see `Classifier`).
    public struct ConfidenceSettings: Sendable, Equatable {
        /// The best score at which an undisputed winner gets confidence 0.5. Evidence weaker than this is damped
        /// towards 0; stronger evidence approaches the winner's share of all evidence.
        public var halfConfidenceScore: Double

        public init(halfConfidenceScore: Double = 3) {
            self.halfConfidenceScore = halfConfidenceScore
        }
    }

    /// Reads and checks the model file at `url`.
    public static func load(from url: URL) throws(ClassificationModelError) -> ClassificationModel {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ClassificationModelError(
                file: url.path, problems: [.unreadableFile(reason: error.localizedDescription)])
        }
        return try ClassificationModel(data: data, source: url.path)
    }

    /// Reads and checks a model from JSON; `source` names it in errors (the file's path when there is one).
    public init(data: Data, source: String = "(model data)") throws(ClassificationModelError) {
        do {
            self = try JSONDecoder().decode(ClassificationModel.self, from: data)
        } catch let error as ClassificationModelError {
            throw ClassificationModelError(file: source, problems: error.problems)
        } catch let error as DecodingError {
            throw ClassificationModelError(file: source, problems: [.undecodable(reason: error.fieldDescription)])
        } catch {
            throw ClassificationModelError(file: source, problems: [.undecodable(reason: "\(error)")])
        }
    }

    /// Decodes the file's shape leniently, then checks its content, collecting every problem before throwing.
    public init(from decoder: any Decoder) throws {
        let raw = try RawModel(from: decoder)
        var problems: [ClassificationModelError.Problem] = []

        if raw.version != Self.supportedVersion { problems.append(.unsupportedVersion(raw.version)) }

        let variants = raw.normalization?.variants ?? [:]
        for canonical in variants.keys.sorted() {
            for variant in variants[canonical] ?? [] where
                TextNormalizer.scalars(canonical).isEmpty || TextNormalizer.scalars(variant).isEmpty {
                problems.append(.emptyVariant(canonical: canonical, variant: variant))
            }
        }

        let falseFriends = raw.normalization?.falseFriends ?? [:]
        for phrase in falseFriends.keys.sorted() {
            let spelling = TextNormalizer.normalize(phrase)
            for context in falseFriends[phrase] ?? [] {
                let normalizedContext = TextNormalizer.normalize(context)
                if spelling.isEmpty || normalizedContext.count <= spelling.count
                    || !normalizedContext.contains(spelling) {
                    problems.append(.falseFriendWithoutPhrase(phrase: phrase, falseFriend: context))
                }
            }
        }

        let halfScore = raw.confidence?.halfConfidenceScore ?? ConfidenceSettings().halfConfidenceScore
        if !(halfScore > 0) { problems.append(.nonPositiveHalfConfidenceScore(halfScore)) }

        var categories: [Category: CategoryDefinition] = [:]
        for slug in raw.categories.keys.sorted() {
            guard let category = Category(rawValue: slug) else {
                problems.append(.unknownCategory(slug))
                continue
            }
            let entry = raw.categories[slug]
            let phrases = entry?.phrases ?? [:]
            if phrases.isEmpty { problems.append(.noPhrases(category: slug)) }
            var seen: [String: String] = [:]
            var accepted: [WeightedPhrase] = []
            for text in phrases.keys.sorted() {
                let weight = phrases[text] ?? 0
                let normalized = TextNormalizer.normalize(text)
                if normalized.isEmpty {
                    problems.append(.emptyPhrase(category: slug, phrase: text))
                } else if let other = seen[normalized] {
                    problems.append(.duplicatePhrase(category: slug, phrase: text, sameAs: other))
                } else {
                    seen[normalized] = text
                }
                if !(weight > 0) { problems.append(.nonPositiveWeight(category: slug, phrase: text, weight: weight)) }
                accepted.append(WeightedPhrase(text, weight: weight))
            }
            categories[category] = CategoryDefinition(label: entry?.label ?? slug, phrases: accepted)
        }
        for category in Category.allCases where raw.categories[category.rawValue] == nil {
            problems.append(.missingCategory(category.rawValue))
        }

        var fallback: [TicketType: Category] = [:]
        let rawFallback = raw.fallback ?? [:]
        for key in rawFallback.keys.sorted() {
            guard let type = TicketType(rawValue: key), !type.classificationCandidates.isEmpty else {
                problems.append(.unknownFallbackType(key))
                continue
            }
            let slug = rawFallback[key] ?? ""
            guard let category = Category(rawValue: slug), type.classificationCandidates.contains(category) else {
                problems.append(.fallbackDoesNotFit(type: key, category: slug))
                continue
            }
            fallback[type] = category
        }
        for type in TicketType.allCases
        where !type.classificationCandidates.isEmpty && rawFallback[type.rawValue] == nil {
            problems.append(.missingFallback(type: type.rawValue))
        }

        guard problems.isEmpty else { throw ClassificationModelError(file: "(model data)", problems: problems) }
        version = raw.version
        description = raw.description ?? ""
        normalization = Normalization(variants: variants, falseFriends: falseFriends)
        confidence = ConfidenceSettings(halfConfidenceScore: halfScore)
        self.categories = categories
        self.fallback = fallback
    }

    /// The file as JSON has it, before any check.
    private struct RawModel: Decodable {
        struct RawCategory: Decodable {
            var label: String?
            var phrases: [String: Double]?
        }

        struct RawNormalization: Decodable {
            var variants: [String: [String]]?
            var falseFriends: [String: [String]]?
        }

        struct RawConfidence: Decodable {
            var halfConfidenceScore: Double?
        }

        var version: Int
        var description: String?
        var normalization: RawNormalization?
        var confidence: RawConfidence?
        var categories: [String: RawCategory]
        var fallback: [String: String]?
    }
}
