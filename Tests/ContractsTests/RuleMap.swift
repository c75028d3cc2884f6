import Foundation
import TestFixtures

/// `docs/rules.md` as its tests read it: one row per rule with its code, tests and status, and the files that name a
/// rule without implementing it.
struct RuleMap {
    /// The map, from the repository's root.
    static let path = "docs/rules.md"

    /// A row of a rule table.
    struct Row {
        /// As written, e.g. `R3c`; whether it is a `RuleID` is for the tests to say.
        var id: String
        /// The row's line in the map, for messages.
        var line: Int
        /// Paths from the repository's root.
        var code: [String]
        var tests: [TestReference]
        var status: Status
    }

    /// Test functions in one test file.
    struct TestReference {
        /// A file name under `Tests/`, or a path from the root when the name alone is ambiguous.
        var file: String
        var functions: [String]
    }

    /// How far a rule is implemented.
    enum Status {
        case implemented
        /// What is missing, and the issue that brings it.
        case partly(String)
        /// The issue that brings it.
        case notYet(String)
    }

    /// A file that uses rule ids as values without implementing them, such as a test double.
    struct Bystander {
        var path: String
        var rules: [String]
        var line: Int
    }

    var rows: [Row] = []
    var bystanders: [Bystander] = []
    /// What could not be read, each with its line and how to write it.
    var problems: [String] = []

    /// The repository's map.
    static func load() throws -> RuleMap {
        try RuleMap(markdown: String(contentsOf: RepositoryFiles.file(path), encoding: .utf8))
    }

    private static let ruleColumns = ["id", "rule", "code", "tests", "status"]
    private static let bystanderColumns = ["file", "rules", "why"]

    /// Reads every table of `markdown`; a table must have the columns of a rule table or of the bystanders' table.
    init(markdown: String) {
        var columns: [String]?
        for (index, text) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = index + 1
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("|") else {
                columns = nil
                continue
            }
            let cells = Self.cells(of: trimmed)
            guard let header = columns else {
                columns = cells.map { $0.lowercased() }
                if columns != Self.ruleColumns && columns != Self.bystanderColumns {
                    let expected = [Self.ruleColumns, Self.bystanderColumns].map { $0.joined(separator: " | ") }
                    problems.append("line \(line): a table must have the columns \(expected[0]) or \(expected[1]), "
                        + "not \(cells.joined(separator: " | "))")
                }
                continue
            }
            if cells.allSatisfy(Self.isSeparator) { continue }
            guard cells.count == header.count else {
                problems.append("line \(line): \(cells.count) cells where the table has \(header.count) columns; "
                    + "a cell may not contain |")
                continue
            }
            if header == Self.ruleColumns {
                let code = paths(cells[2], line: line)
                let testReferences = tests(cells[3], line: line)
                let rowStatus = status(cells[4], line: line)
                rows.append(Row(
                    id: Self.unquoted(cells[0]), line: line, code: code, tests: testReferences, status: rowStatus))
            } else if header == Self.bystanderColumns {
                let path = paths(cells[0], line: line).first ?? cells[0]
                let rules = cells[1].split(separator: ",").map { Self.unquoted(String($0)) }
                bystanders.append(Bystander(path: path, rules: rules, line: line))
            }
        }
    }

    private static func cells(of line: String) -> [String] {
        var inner = line.dropFirst()
        if inner.hasSuffix("|") { inner = inner.dropLast() }
        return inner.split(separator: "|", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }

    private static func isSeparator(_ cell: String) -> Bool {
        !cell.isEmpty && cell.allSatisfy { $0 == "-" || $0 == ":" }
    }

    /// "No entry" in a cell.
    private static func isEmpty(_ cell: String) -> Bool {
        ["", "—", "-"].contains(cell)
    }

    private static func unquoted(_ text: String) -> String {
        text.trimmingCharacters(in: CharacterSet(charactersIn: "` ").union(.whitespaces))
    }

    /// A backticked text, e.g. `` `Sources/X.swift` `` → `Sources/X.swift`; nil when `text` is not one.
    private static func backticked(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count > 2, trimmed.hasPrefix("`"), trimmed.hasSuffix("`") else { return nil }
        let inner = trimmed.dropFirst().dropLast()
        return inner.contains("`") ? nil : String(inner)
    }

    /// `` `a`, `b` ``, or — for none.
    private mutating func paths(_ cell: String, line: Int) -> [String] {
        guard !Self.isEmpty(cell) else { return [] }
        return cell.split(separator: ",").compactMap { item in
            guard let path = Self.backticked(String(item)) else {
                let written = item.trimmingCharacters(in: .whitespaces)
                problems.append("line \(line): \(written) is not a path in backticks; write `Sources/…/File.swift`, "
                    + "comma-separated")
                return nil
            }
            return path
        }
    }

    /// `` `File.swift`: a, b; `Other.swift`: c ``, or — for none.
    private mutating func tests(_ cell: String, line: Int) -> [TestReference] {
        guard !Self.isEmpty(cell) else { return [] }
        return cell.split(separator: ";").compactMap { part in
            let pieces = part.split(separator: ":", maxSplits: 1)
            let functions = pieces.count == 2
                ? pieces[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } : []
            guard let file = Self.backticked(String(pieces[0])), !functions.isEmpty, !functions.contains("") else {
                problems.append("line \(line): \(part.trimmingCharacters(in: .whitespaces)) is not a test file and its "
                    + "functions; write `File.swift`: first, second, and separate files with ;")
                return nil
            }
            return TestReference(file: file, functions: functions)
        }
    }

    private mutating func status(_ cell: String, line: Int) -> Status {
        if cell == "implemented" { return .implemented }
        if cell.hasPrefix("partly") { return .partly(String(cell.dropFirst("partly".count))) }
        if cell.hasPrefix("not yet") { return .notYet(String(cell.dropFirst("not yet".count))) }
        problems.append("line \(line): status \"\(cell)\" is none of implemented, partly: …, not yet: issue N …")
        return .notYet(cell)
    }
}
