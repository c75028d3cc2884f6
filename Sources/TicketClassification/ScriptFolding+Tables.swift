import Foundation

/// Reading OpenCC's conversion tables from their text form: one entry a line, the spelling, a tab, then its candidates
/// separated by spaces, the usual one first (`乾	干 乾`).
extension ScriptFolding {
    /// OpenCC's traditional-to-simplified phrase table.
    public static let traditionalPhrasesFile = "TSPhrases.txt"
    /// OpenCC's traditional-to-simplified character table.
    public static let traditionalCharactersFile = "TSCharacters.txt"

    /// Traditional to simplified from `directory`'s `TSPhrases.txt` and `TSCharacters.txt`, phrases first.
    public static func traditionalToSimplified(in directory: URL) throws(ScriptFoldingError) -> ScriptFolding {
        try load([directory.appending(path: traditionalPhrasesFile), directory.appending(path: traditionalCharactersFile)])
    }

    /// The tables at `files`, in order of precedence. Every problem of every file is listed in one error: a missing
    /// or broken table stops the intake's start, since without it traditional text would be misread silently.
    public static func load(_ files: [URL]) throws(ScriptFoldingError) -> ScriptFolding {
        var entries: [(from: String, to: String)] = []
        var problems: [ScriptFoldingError.Problem] = []
        for file in files {
            let text: String
            do {
                text = try String(contentsOf: file, encoding: .utf8)
            } catch {
                problems.append(.init(file: file.path, line: nil, problem: "cannot be read: \(error.localizedDescription)"))
                continue
            }
            let (found, wrong) = parse(text, file: file.path)
            entries += found
            problems += wrong
        }
        guard problems.isEmpty else { throw ScriptFoldingError(problems: problems) }
        return ScriptFolding(entries: entries)
    }

    /// The entries of one table and what is wrong with its lines; an empty table is wrong too.
    static func parse(_ text: String, file: String) -> (entries: [(from: String, to: String)], problems: [ScriptFoldingError.Problem]) {
        var entries: [(from: String, to: String)] = []
        var problems: [ScriptFoldingError.Problem] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, let usual = parts[1].split(separator: " ").first else {
                problems.append(.init(file: file, line: index + 1, problem: "not `spelling<TAB>candidates`: \(line.prefix(40))"))
                continue
            }
            entries.append((String(parts[0]), String(usual)))
        }
        if entries.isEmpty && problems.isEmpty { problems.append(.init(file: file, line: nil, problem: "has no entries")) }
        return (entries, problems)
    }
}

/// What is wrong with the conversion tables, every problem with its file (and line).
public struct ScriptFoldingError: Error, Sendable, Equatable, CustomStringConvertible {
    public struct Problem: Sendable, Equatable {
        public var file: String
        public var line: Int?
        public var problem: String
    }

    public var problems: [Problem]

    public var description: String {
        "the conversion tables cannot be used:\n" + problems.map { problem in
            "  - \(problem.file)\(problem.line.map { " line \($0)" } ?? ""): \(problem.problem)"
        }.joined(separator: "\n")
    }
}
