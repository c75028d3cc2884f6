import Contracts
import Foundation

/// The words that signal a ticket may escalate (R6), read from `services/intake/risk-words.json`: each list raises
/// one risk flag when any of its words appears in the customer's text.
public struct RiskLexicon: Sendable, Decodable, Equatable {
    /// A flag and the words that raise it.
    public struct Entry: Sendable, Decodable, Equatable {
        public var flag: RiskFlag
        /// What the words are about, for the person maintaining the file (媒体, 信访, 诉讼, 12345, 威胁, 安全隐患).
        public var topic: String
        public var words: [String]
    }

    public var entries: [Entry]
}
