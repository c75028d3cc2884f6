import Contracts
import Foundation
import TestFixtures
import Testing

/// `docs/rules.md` maps every rule id to the code and tests that implement it; these keep the map and the code in
/// agreement, so that neither can change without the other.
@Suite struct RuleMapTests {
    let map: RuleMap

    init() throws {
        map = try RuleMap.load()
    }

    @Test func theMapIsWrittenTheWayItsTestsReadIt() {
        for problem in map.problems {
            fail("\(RuleMap.path) \(problem)")
        }
    }

    @Test func everyRuleIdHasExactlyOneRowInTheMap() {
        for rule in RuleID.allCases {
            let rows = map.rows.filter { $0.id == rule.rawValue }
            if rows.isEmpty {
                fail("\(RuleMap.path) has no row for \(rule.rawValue): add one to its group's table, with its code, "
                    + "tests and status (not yet: issue N when nothing implements it)")
            } else if rows.count > 1 {
                let lines = rows.map { String($0.line) }.joined(separator: ", ")
                fail("\(RuleMap.path) has \(rule.rawValue) on lines \(lines): keep one row per rule")
            }
        }
    }

    @Test func everyRowOfTheMapIsARuleId() {
        for row in map.rows where RuleID(rawValue: row.id) == nil {
            fail("\(RuleMap.path) line \(row.line): \(row.id) is not a RuleID: correct the id, or add the rule to "
                + "domain.md and to Sources/Contracts/Rules/RuleID.swift first")
        }
    }

    @Test func everyListedFileExistsAndNamesItsRule() throws {
        let tests = try TestFiles()
        for row in map.rows {
            guard let rule = RuleID(rawValue: row.id) else { continue }
            for path in row.code {
                check(path, namedBy: "code", of: rule, line: row.line)
            }
            for reference in row.tests {
                guard let path = tests.path(of: reference.file, line: row.line) else { continue }
                check(path, namedBy: "tests", of: rule, line: row.line)
            }
        }
    }

    @Test func everyListedTestFunctionIsInItsTestFile() throws {
        let tests = try TestFiles()
        for row in map.rows {
            for reference in row.tests {
                guard let path = tests.path(of: reference.file, line: row.line),
                      let source = contents(of: path) else { continue }
                for function in reference.functions where !source.contains("func \(function)(") {
                    fail("\(RuleMap.path) line \(row.line): \(path) has no `func \(function)(`: correct the name, "
                        + "or remove it from \(row.id)'s tests")
                }
            }
        }
    }

    @Test func everySourceFileThatUsesARuleIdIsListedUnderThatRule() throws {
        for path in try swiftFiles(under: "Sources") {
            guard let source = contents(of: path) else { continue }
            for rule in RuleNames.rulesUsedInCode(source).sorted() {
                let listed = map.rows.contains { $0.id == rule.rawValue && $0.code.contains(path) }
                let excused = map.bystanders.contains { $0.path == path && $0.rules.contains(rule.rawValue) }
                if !listed && !excused {
                    fail("\(path) uses \(rule.rawValue) (.\(RuleNames.caseName(rule))) in code, but "
                        + "\(RuleMap.path) does not list it: add it to \(rule.rawValue)'s code column, or, if it "
                        + "implements no rule, to \"Files that name a rule without implementing it\" with why")
                }
            }
        }
    }

    @Test func everyFileListedAsNotImplementingARuleStillUsesIt() {
        for bystander in map.bystanders {
            guard let source = contents(of: bystander.path) else {
                fail("\(RuleMap.path) line \(bystander.line): \(bystander.path) does not exist: remove its row")
                continue
            }
            let used = RuleNames.rulesUsedInCode(source)
            for id in bystander.rules where !used.contains(where: { $0.rawValue == id }) {
                fail("\(RuleMap.path) line \(bystander.line): \(bystander.path) no longer uses \(id) in code: "
                    + "remove \(id) from its row")
            }
        }
    }

    @Test func anImplementedRuleHasCodeAndATest() {
        for row in map.rows {
            guard case .implemented = row.status else { continue }
            if row.code.isEmpty {
                fail("\(RuleMap.path) line \(row.line): \(row.id) is implemented but lists no code: list the files "
                    + "that implement it, or mark it partly or not yet")
            }
            if row.tests.isEmpty {
                fail("\(RuleMap.path) line \(row.line): \(row.id) is implemented but lists no test: list the tests "
                    + "that check it (write one if there is none), or mark it partly")
            }
        }
    }

    @Test func aRuleNotFullyImplementedNamesTheIssueThatBringsTheRest() {
        for row in map.rows {
            switch row.status {
            case .implemented:
                continue
            case .partly(let rest):
                if rest.range(of: #"^: .*\bissues? [0-9]+"#, options: .regularExpression) == nil {
                    fail("\(RuleMap.path) line \(row.line): \(row.id) is partly implemented; say what is missing and "
                        + "its issue: partly: … is issue N …")
                }
                if row.code.isEmpty {
                    fail("\(RuleMap.path) line \(row.line): \(row.id) is partly implemented but lists no code: "
                        + "list the part that exists, or mark it not yet")
                }
            case .notYet(let issue):
                if issue.range(of: #"^: issues? [0-9]+"#, options: .regularExpression) == nil {
                    fail("\(RuleMap.path) line \(row.line): \(row.id) is not yet implemented; name the issue that "
                        + "brings it: not yet: issue N …")
                }
                if !row.code.isEmpty || !row.tests.isEmpty {
                    fail("\(RuleMap.path) line \(row.line): \(row.id) is not yet implemented but lists code or "
                        + "tests: mark it partly and say what is missing, or remove them")
                }
            }
        }
    }

    /// The scan behind `everySourceFileThatUsesARuleIdIsListedUnderThatRule`, on text written for it.
    @Test func ruleIdsAreFoundInCodeOnlyWhereTheValueIsARuleId() {
        let source = """
            let verdict = RepeatDemandVerdict.excluded(rule: .r3b, matched: nil, reason: "")
            publish(ComplaintMerged(ticketNo: "t", reason: "", ruleIds: [.r1,
                .r2]))
            let score = UnitScored(ruleId: .s2) ; let id = RuleID.h4
            let step = CallbackStep.c1 ; let due = CallbackDue(step: .h10)
            // A comment showing `ruleIds: [.e4]` is not code.
            """
        #expect(RuleNames.rulesUsedInCode(source) == [.r3b, .r1, .r2, .s2, .h4])
        #expect(RuleNames.text("rules R1–R3", names: .r3))
        #expect(!RuleNames.text("rule R3c", names: .r3))
        #expect(!RuleNames.text("rule H10", names: .h1))
        #expect(RuleNames.text("ruleIds: [.r3c]", names: .r3c))
        #expect(!RuleNames.text("ruleIds: [.r3c]", names: .r3))
    }

    // MARK: Files

    /// Records an issue unless `path` exists and names `rule`.
    private func check(_ path: String, namedBy column: String, of rule: RuleID, line: Int) {
        guard let source = contents(of: path) else {
            fail("\(RuleMap.path) line \(line): \(path), in \(rule.rawValue)'s \(column), does not exist: correct "
                + "the path, or remove it")
            return
        }
        if !RuleNames.text(source, names: rule) {
            fail("\(RuleMap.path) line \(line): \(path), in \(rule.rawValue)'s \(column), never names "
                + "\(rule.rawValue) (nor .\(RuleNames.caseName(rule))): name the rule where the file implements or "
                + "tests it, or remove the file from the row")
        }
    }
}

/// Records a failure of the map's agreement with the code; `message` says what to fix.
private func fail(_ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
    Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
}

/// The text of the file at `path` (from the repository's root); nil when there is none.
private func contents(of path: String) -> String? {
    try? String(contentsOf: RepositoryFiles.file(path), encoding: .utf8)
}

/// The Swift files under `directory` (from the root), as paths from the root.
private func swiftFiles(under directory: String) throws -> [String] {
    let found = try FileManager.default.subpathsOfDirectory(atPath: RepositoryFiles.file(directory).path)
    return found.filter { $0.hasSuffix(".swift") }.map { "\(directory)/\($0)" }.sorted()
}

/// The test files, found by name as the map writes them.
private struct TestFiles {
    private let pathsByName: [String: [String]]

    init() throws {
        pathsByName = Dictionary(grouping: try swiftFiles(under: "Tests")) { ($0 as NSString).lastPathComponent }
    }

    /// The path of the test file the map calls `file` (a name, or a path from the root); records an issue and returns
    /// nil when there is no such file or the name is ambiguous.
    func path(of file: String, line: Int) -> String? {
        if file.contains("/") {
            if contents(of: file) == nil {
                fail("\(RuleMap.path) line \(line): \(file) does not exist: correct the path")
                return nil
            }
            return file
        }
        let paths = pathsByName[file] ?? []
        if paths.count == 1 { return paths[0] }
        fail(paths.isEmpty
            ? "\(RuleMap.path) line \(line): no test file is named \(file): correct the name"
            : "\(RuleMap.path) line \(line): \(paths.count) test files are named \(file): write its path from the root")
        return nil
    }
}
