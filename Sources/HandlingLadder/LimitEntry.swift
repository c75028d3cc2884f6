/// A limit as the limits file writes it: exactly one of `minutes`, `hours` (elapsed) or `workingDays`.
public struct LimitEntry: Sendable, Decodable, Equatable {
    /// Elapsed minutes (C1, C3).
    public var minutes: Int?
    /// Elapsed hours (H2, H3, H5).
    public var hours: Int?
    /// Working days on the business calendar (H4, H6–H10).
    public var workingDays: Int?
    /// Fields the file has that a limit does not.
    public var unknownFields: [String]

    private enum Field: String, CodingKey, CaseIterable { case minutes, hours, workingDays }

    /// Reads what is written, keeping unknown fields for `problems(at:)`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Field.self)
        minutes = try container.decodeIfPresent(Int.self, forKey: .minutes)
        hours = try container.decodeIfPresent(Int.self, forKey: .hours)
        workingDays = try container.decodeIfPresent(Int.self, forKey: .workingDays)
        unknownFields = try FieldName.unknown(in: decoder, known: Set(Field.allCases.map(\.rawValue)))
    }

    /// The limit, when the entry is valid.
    var limit: TimeLimit? { problems(at: "").isEmpty ? value : nil }

    private var value: TimeLimit? {
        switch (minutes, hours, workingDays) {
        case (let m?, nil, nil): .elapsed(minutes: m)
        case (nil, let h?, nil): .elapsed(minutes: h * 60)
        case (nil, nil, let d?): .workingDays(d)
        default: nil
        }
    }

    /// What is wrong with the entry found at `path` (e.g. `steps.H4`).
    func problems(at path: String) -> [String] {
        var problems = unknownFields.map { "\(path): unknown field \"\($0)\" (a limit is minutes, hours or workingDays)" }
        let given = [("minutes", minutes), ("hours", hours), ("workingDays", workingDays)].filter { $0.1 != nil }
        if given.count != 1 {
            problems.append("\(path): give exactly one of minutes, hours or workingDays, not \(given.count)")
        }
        for (name, amount) in given where amount! < 1 {
            // A zero limit would make every step late the moment it starts.
            problems.append("\(path).\(name): must be at least 1, got \(amount!)")
        }
        // Hours are turned into minutes; a figure this large is a mistake, and would overflow.
        if let hours, hours > 24 * 366 {
            problems.append("\(path).hours: \(hours) is more than a year")
        }
        return problems
    }
}
