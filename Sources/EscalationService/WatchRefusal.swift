import Foundation
import HandlingLadder

/// Why escalation cannot apply a message to a ticket; the message is dead-lettered with this text.
public enum WatchRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    /// A unit's report about a closed ticket (item 6); the analysis report and appeals are not refused.
    case closed(String, at: Date, message: String)
    /// Nothing above the holder: the leadership cannot pass an unresolvable ticket further up.
    case atTheTop(String, unit: String)
    /// An assignment whose step is not on the ladder.
    case unknownStep(String, step: String)

    public var description: String {
        switch self {
        case .closed(let ticket, let at, let message):
            "\(message) for ticket \(ticket), which closed at \(at); a closed ticket is not handled further "
                + "(a new assignment reopens it)"
        case .atTheTop(let ticket, let unit):
            "ticket \(ticket) is with \(unit), the bureau leadership: there is no tier above to pass it to (P2)"
        case .unknownStep(let ticket, let step):
            "the assignment of ticket \(ticket) starts step \(step), which is not on the ladder "
                + "(\(LadderStepID.allCases.map(\.rawValue).joined(separator: ", ")))"
        }
    }
}
