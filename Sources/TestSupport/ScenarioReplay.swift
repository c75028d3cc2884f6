import BusinessTime
import Contracts
import Foundation
import Logging
import ServiceKit

/// A scenario file of a service's `scenarios/` folder replayed as `complaints replay` plays it, for the tests: every
/// event the given services published, decoded enough to assert on.
public struct ScenarioReplay {
    /// One published event of the replay's output.
    public struct Published: @unchecked Sendable {
        public let at: String
        public let topic: String
        public let type: String
        public let data: [String: Any]

        /// The text at a path of the body (`["deadline", "step"]`); nil when absent or not text.
        public subscript(path: String...) -> String? {
            var value: Any? = data
            for step in path { value = (value as? [String: Any])?[step] }
            return value as? String
        }

        /// The value at a path of the body as JSON writes it (`-0.2`, `true`, `"text"` without quotes); nil when
        /// absent or not a single value.
        public func text(_ path: String...) -> String? {
            var value: Any? = data
            for step in path { value = (value as? [String: Any])?[step] }
            switch value {
            case let text as String: return text
            case let number as NSNumber: return number.stringValue
            default: return nil
            }
        }

        /// The number at a path of the body.
        public func number(_ path: String...) -> Int? {
            var value: Any? = data
            for step in path { value = (value as? [String: Any])?[step] }
            return value as? Int
        }
    }

    public let services: [ServiceDefinition]
    public let repository: URL
    public var horizon: Duration

    /// `services` as loaded from the repository's data folders (`services/<name>/`).
    public init(services: [ServiceEntry], repository: URL, horizon: Duration = .zero) throws {
        let folder = repository.appendingPathComponent("services", isDirectory: true)
        self.services = try services.map { entry in
            try entry.load(ServiceData(directory: folder.appendingPathComponent(entry.name, isDirectory: true)))
        }
        self.repository = repository
        self.horizon = horizon
    }

    /// Replays `services/<path>` and returns what was published, in order.
    public func run(_ path: String) async throws -> [Published] {
        var logger = Logger(label: "scenario-replay")
        logger.logLevel = .error
        let url = repository.appendingPathComponent("services/\(path)")
        let output = try await ReplayRun(
            scenario: ScenarioLine.parse(String(contentsOf: url, encoding: .utf8), file: path), services: services,
            catalogue: TopicCatalogue.load(directory: repository.appendingPathComponent("topics", isDirectory: true)),
            calendar: BusinessCalendar(directory: repository.appendingPathComponent("services/calendar", isDirectory: true)),
            unitsFile: nil, horizon: horizon
        ).run(logger: logger)
        return try output.map { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw ScenarioReplayError(line: line)
            }
            return Published(
                at: object["at"] as? String ?? "", topic: object["topic"] as? String ?? "",
                type: object["type"] as? String ?? "", data: object["data"] as? [String: Any] ?? [:])
        }
    }
}

/// A replay output line that is not a JSON object.
public struct ScenarioReplayError: Error, CustomStringConvertible {
    public let line: String
    public var description: String { "the replay wrote a line that is not a JSON object: \(line)" }
}
