import Contracts
import Foundation
import ServiceKit
import TicketClassification
import Units

/// Everything the intake decides with, loaded once at start from its data directory (`services/intake` by default):
/// the rules, the risk words, the classification model and the tables that fold traditional characters; the unit
/// directory is read beside it when the service is assembled (`data`).
public struct IntakeConfiguration: Sendable {
    public static let rulesFile = "rules.json"
    public static let riskWordsFile = "risk-words.json"
    public static let modelFile = "classifier.json"

    public var rules: IntakeRules
    public var riskWords: RiskLexicon
    public var classifier: Classifier
    /// The folder the files came from: the unit directory is routing's beside it unless the units file is configured.
    public var data: ServiceData
    /// How every text the intake matches is folded (traditional characters to simplified included): the
    /// classifier's, so the model's phrases, the ticket, the risk words and the repeat-demand phrases meet alike.
    public var normalizer: TextNormalizer { classifier.normalizer }

    public init(rules: IntakeRules, riskWords: RiskLexicon, classifier: Classifier, data: ServiceData) {
        self.rules = rules
        self.riskWords = riskWords
        self.classifier = classifier
        self.data = data
    }

    /// Loads the files of the intake's data folder; every problem of a file is listed at once.
    public static func load(from data: ServiceData) throws -> IntakeConfiguration {
        let rules = try data.decode(IntakeRules.self, from: rulesFile, check: problems(in:))
        let riskWords = try data.decode(RiskLexicon.self, from: riskWordsFile, check: problems(in:))
        let model: ClassificationModel
        switch Result(catching: { try ClassificationModel.load(from: data.file(modelFile)) }) {
        case .success(let loaded):
            model = loaded
        case .failure(let error as ClassificationModelError):
            // Reported like every other data file of every service: the file, then each problem on its line.
            let problems = error.problems.map { problem in problem.description }
            throw ServiceDataError(file: error.file, problems: problems)
        case .failure(let error):
            throw error
        }
        let normalizer = try ConversionTables.normalizer(from: data)
        return IntakeConfiguration(
            rules: rules, riskWords: riskWords, classifier: Classifier(model: model, normalizer: normalizer), data: data)
    }

    /// Loads the data folder at `directory`.
    public static func load(directory: URL) throws -> IntakeConfiguration { try load(from: ServiceData(directory: directory)) }

    /// The unit directory the first owners are taken from (`unitsFile` when configured, else routing's beside the data
    /// folder), refused with the rules' file named when the rules name a unit it does not have.
    public func unitDirectory(unitsFile: URL?) throws(ServiceDataError) -> UnitDirectory {
        let directory = try UnitDirectory.load(unitsFile: unitsFile, beside: data)
        let problems = rules.firstOwner.problems(against: directory)
        guard problems.isEmpty else { throw ServiceDataError(file: data.file(Self.rulesFile).path, problems: problems) }
        return directory
    }

    static func problems(in rules: IntakeRules) -> [String] {
        var problems: [String] = []
        if rules.longTextLength < 1 { problems.append("longTextLength must be at least 1") }
        if rules.receivedAtLeewayMinutes < 0 { problems.append("receivedAtLeewayMinutes must not be negative") }
        if rules.lateEntryDays < 1 { problems.append("lateEntryDays must be at least 1") }
        for (name, value) in [
            ("sameEvent.minimumSimilarityWithinCategory", rules.sameEvent.minimumSimilarityWithinCategory),
            ("sameEvent.minimumSimilarityWithoutCategory", rules.sameEvent.minimumSimilarityWithoutCategory),
        ] where !(0...1).contains(value) {
            problems.append("\(name) must be between 0 and 1, not \(value)")
        }
        if rules.sameEvent.boilerplate.contains(where: \.isEmpty) { problems.append("sameEvent.boilerplate has an empty phrase") }
        for (name, phrases) in [
            ("resultDemandCues", rules.sameEvent.resultDemandCues),
            ("routineConsultationCues", rules.sameEvent.routineConsultationCues),
        ] where phrases.contains(where: \.isEmpty) {
            problems.append("sameEvent.\(name) has an empty phrase")
        }
        if rules.hotIssue.windowHours < 1 { problems.append("hotIssue.windowHours must be at least 1") }
        if rules.hotIssue.threshold < 2 { problems.append("hotIssue.threshold must be at least 2") }
        if rules.registerRetention < IntakeRules.minimumRegisterRetentionDays {
            problems.append("registerRetentionDays must be at least \(IntakeRules.minimumRegisterRetentionDays) "
                + "(one month of repeat demands and the hotline's resends), not \(rules.registerRetention)")
        }
        return problems + rules.firstOwner.problems()
    }

    static func problems(in lexicon: RiskLexicon) -> [String] {
        var problems: [String] = []
        if lexicon.entries.isEmpty { problems.append("no entries") }
        for entry in lexicon.entries {
            if entry.words.isEmpty { problems.append("\(entry.topic): no words") }
            if entry.words.contains(where: \.isEmpty) { problems.append("\(entry.topic): an empty word") }
        }
        return problems
    }
}
