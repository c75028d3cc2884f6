import Contracts
import TicketClassification

/// The service risk warning of a ticket (服务风险预警, R6): the flags it raises and the words that raised them.
public struct RiskAssessment: Sendable, Equatable {
    /// In the order of `RiskFlag.allCases`, each once.
    public var flags: [RiskFlag]
    /// In the order they are listed in the lexicon, each once.
    public var words: [String]

    /// Assesses a ticket: the lexicon's words in its text (`normalized`: after `TextNormalizer.scalars`); the
    /// regulator's channel (every 12398 ticket is high risk: regulator and likely to escalate); a repeat demand; a
    /// hot issue in its area.
    public init(normalized: [Unicode.Scalar], channel: Channel, riskWords: RiskWords, isRepeat: Bool, isHot: Bool) {
        let (found, lexiconFlags) = riskWords.find(in: normalized)
        var raised = lexiconFlags
        if channel == .regulator12398 { raised.formUnion([.regulator, .likelyToEscalate]) }
        if raised.contains(.regulator) { raised.insert(.likelyToEscalate) }
        if isRepeat { raised.insert(.repeated) }
        if isHot { raised.insert(.hot) }
        flags = RiskFlag.allCases.filter(raised.contains)
        words = found
    }
}
