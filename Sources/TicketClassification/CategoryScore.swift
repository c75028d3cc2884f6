import Contracts

/// A phrase of the model found in a ticket's text: the evidence behind a score, shown to people as the "why".
public struct PhraseMatch: Sendable, Hashable {
    /// The phrase as the model file writes it.
    public var phrase: String
    /// The spelling found in the normalised text: the phrase itself, or one of its variants (超表 for 抄表).
    public var matchedText: String
    /// The weight the phrase added to its category.
    public var weight: Double

    public init(phrase: String, matchedText: String, weight: Double) {
        self.phrase = phrase
        self.matchedText = matchedText
        self.weight = weight
    }
}

/// A category's evidence in one text: the sum of its matched phrases' weights.
public struct CategoryScore: Sendable, Hashable {
    public var category: Category
    /// Sum of the weights of `matches`; 0 when no phrase of the category was found.
    public var score: Double
    /// The phrases that counted, in the order they occur in the text.
    public var matches: [PhraseMatch]

    public init(category: Category, score: Double, matches: [PhraseMatch]) {
        self.category = category
        self.score = score
        self.matches = matches
    }
}

/// The classifier's answer for a complaint or a report.
public struct CategoryGuess: Sendable, Hashable {
    /// The chosen category: the best-scoring candidate, or the model's fallback when nothing matched.
    public var category: Category
    /// How far to trust the choice, in 0...1; 0 when nothing matched (see `Classifier` for the formula).
    public var confidence: Double
    /// The phrases that made the choice (empty for the fallback).
    public var matches: [PhraseMatch]
    /// Whether no phrase matched and `category` is the model's fallback.
    public var isFallback: Bool
    /// Every candidate's score, best first, for whoever wants to see the runner-up.
    public var ranking: [CategoryScore]

    public init(category: Category, confidence: Double, matches: [PhraseMatch], isFallback: Bool,
                ranking: [CategoryScore]) {
        self.category = category
        self.confidence = confidence
        self.matches = matches
        self.isFallback = isFallback
        self.ranking = ranking
    }
}
