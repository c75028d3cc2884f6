import Contracts
import Foundation

/// One line of a scenario file: an inbound event to publish at a virtual time, or a moment to advance the clock to.
public enum ScenarioLine: Sendable, Equatable {
    /// An event as the outside world would send it.
    case publish(Inbound)
    /// Only advance the clock to this time (`{"at": ..., "expect": "quiet"}`).
    case quiet(at: Date)

    /// An inbound message: its contract body (`data`), or bytes sent verbatim (`raw`) to test bad input.
    public struct Inbound: Sendable, Equatable {
        public var at: Date
        public var topic: TopicName
        /// Absent only for a raw line sent without CloudEvents headers.
        public var type: MessageType?
        /// The message key; the contract's key when the line has none.
        public var key: String?
        /// `ce_subject`: the body's ticket number; a raw line may name one (`"subject"`), since its body may have none.
        public var subject: String?
        public var value: Data
        /// The line number, which names the event (`ce_id` `scenario-<line>`).
        public var line: Int
    }

    public var at: Date {
        switch self {
        case .publish(let inbound): inbound.at
        case .quiet(let at): at
        }
    }

    /// Parses a scenario file, refusing it whole with every bad line listed, so a typo does not replay half a story.
    public static func parse(_ text: String, file: String) throws(ScenarioError) -> [ScenarioLine] {
        var lines: [ScenarioLine] = []
        var problems: [String] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            do {
                let line = try parseLine(Data(trimmed.utf8), number: index + 1)
                if let previous = lines.last, line.at < previous.at {
                    problems.append("line \(index + 1): at goes back in time")
                }
                lines.append(line)
            } catch {
                problems.append("line \(index + 1): \(error)")
            }
        }
        guard problems.isEmpty else { throw ScenarioError(file: file, problems: problems) }
        return lines
    }

    private struct LineError: Error, CustomStringConvertible {
        let description: String
    }

    private static func parseLine(_ data: Data, number: Int) throws -> ScenarioLine {
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw LineError(description: "not a JSON object")
        }
        guard let atText = object["at"] as? String, let at = Timestamp.parse(atText) else {
            throw LineError(description: "at must be an RFC 3339 time")
        }
        if let expect = object["expect"] {
            guard expect as? String == "quiet" else { throw LineError(description: "expect must be \"quiet\"") }
            return .quiet(at: at)
        }
        guard let topicName = object["topic"] as? String, let topic = TopicName(rawValue: topicName) else {
            throw LineError(description: "topic must be a contract topic")
        }
        let type = try (object["type"] as? String).map { name in
            guard let type = MessageType(rawValue: name) else { throw LineError(description: "unknown type \(name)") }
            return type
        }
        let value: Data
        if let raw = object["raw"] {
            guard let text = raw as? String else { throw LineError(description: "raw must be a string") }
            value = Data(text.utf8)
        } else if let body = object["data"] {
            guard type != nil else { throw LineError(description: "a data line needs a type") }
            value = try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys, .withoutEscapingSlashes])
        } else {
            throw LineError(description: "needs data or raw")
        }
        // A data line's body is the object already in hand; a raw line's bytes may or may not be one.
        let body = object["data"] as? [String: Any]
            ?? (try? JSONSerialization.jsonObject(with: value)) as? [String: Any]
        let key = (object["key"] as? String) ?? body.flatMap { contractKey(of: $0, on: topic) }
        let subject = (object["subject"] as? String) ?? body?["ticketNo"] as? String
        return .publish(Inbound(at: at, topic: topic, type: type, key: key, subject: subject, value: value, line: number))
    }

    /// The contract's key: the customer (account, else phone) on `hotline.tickets`, the ticket number elsewhere.
    private static func contractKey(of body: [String: Any], on topic: TopicName) -> String? {
        if topic == .hotlineTickets, let customer = body["customer"] as? [String: Any] {
            return (customer["account"] as? String) ?? (customer["phone"] as? String)
        }
        return body["ticketNo"] as? String
    }
}

/// A scenario file that cannot be replayed, with every problem found.
public struct ScenarioError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var problems: [String]

    public var description: String { "\(file) cannot be replayed:\n" + problems.map { "  - \($0)" }.joined(separator: "\n") }
}
