/// The limits file (`services/ladder/limits.json`): each step's limit and the national bounds, as the bureau sets
/// them. Decoding keeps what is written, right or wrong; `problems()` lists everything wrong at once, so services
/// load it with `ServiceData.decode(_:from:check:)` and a bad file names every fix in one error.
public struct LadderLimits: Sendable, Decodable, Equatable {
    /// Each step's limit, by step id ("H4": {"workingDays": 1}).
    public var steps: [String: LimitEntry]?
    /// The national bounds on whole tickets.
    public var ticketBounds: [BoundEntry]?
    /// Fields the file has that it should not.
    public var unknownFields: [String]

    /// The file's name in its folder.
    public static let fileName = "limits.json"

    private enum Field: String, CodingKey, CaseIterable { case steps, ticketBounds }

    /// Reads what is written, keeping unknown fields for `problems()`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Field.self)
        steps = try container.decodeIfPresent([String: LimitEntry].self, forKey: .steps)
        ticketBounds = try container.decodeIfPresent([BoundEntry].self, forKey: .ticketBounds)
        unknownFields = try FieldName.unknown(in: decoder, known: Set(Field.allCases.map(\.rawValue)))
    }

    /// Everything wrong with the file, in file order: unknown fields, a step without a limit or not on the ladder, a
    /// limit with no unit, two units or a figure below 1, a bound with an unknown type or channel, no answer limit,
    /// or the same type and channel twice.
    public func problems() -> [String] {
        var problems = unknownFields.map { "unknown field \"\($0)\" (the file has steps and ticketBounds)" }
        problems += stepProblems()
        problems += boundProblems()
        return problems
    }

    private func stepProblems() -> [String] {
        guard let steps else { return ["steps: missing; every step of the ladder needs a limit"] }
        var problems: [String] = []
        for id in LadderStepID.allCases {
            if let entry = steps[id.rawValue] {
                problems += entry.problems(at: "steps.\(id.rawValue)")
            } else {
                // No silent default: a step without a limit would never fall due.
                problems.append("steps.\(id.rawValue): missing (\(id.role.rawValue), rule \(id.rule.rawValue))")
            }
        }
        let known = LadderStepID.allCases.map(\.rawValue)
        for name in steps.keys.sorted() where LadderStepID(rawValue: name) == nil {
            problems.append("steps.\(name): not a step of the ladder (\(known.joined(separator: ", ")))")
        }
        return problems
    }

    private func boundProblems() -> [String] {
        guard let ticketBounds else { return ["ticketBounds: missing; write [] for no national bounds"] }
        var problems: [String] = []
        var seen: [String: Int] = [:]
        for (index, entry) in ticketBounds.enumerated() {
            problems += entry.problems(at: "ticketBounds[\(index)]")
            guard let type = entry.ticketType else { continue }
            let key = (entry.channel.map { "\($0) " } ?? "any-channel ") + type.rawValue
            if let first = seen[key] {
                problems.append("ticketBounds[\(index)]: a second bound for \(key) (the first is ticketBounds[\(first)])")
            } else {
                seen[key] = index
            }
        }
        return problems
    }
}
