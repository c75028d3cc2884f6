import Units
import Contracts
@testable import RoutingService
import Testing

/// The routing rules as data (issue 12, item 2), checked against the directory.
@Suite struct RoutingRulesTests {
    /// The shipped defaults: 12398 to the CSC, tariff to marketing, the CSC coordinates.
    @Test func theShippedRulesSend12398ToTheCSCAndTariffToMarketing() {
        #expect(shipped.rules.coordinator == "csc")
        #expect(shipped.rules.rules.map(\.id) == ["regulator-12398", "tariff-policy"])
        #expect(shipped.rules.rules.map(\.unit) == ["csc", "marketing"])
    }

    /// A rule naming an unknown unit, a rule without a condition, a duplicate rule id and a coordinator that is not
    /// a CSC are all listed at once.
    @Test func rulesThatCannotPlaceTicketsAreRefusedWithEveryProblem() throws {
        let data = try dataFolder(["rules.json": """
            { "coordinator": "marketing", "rules": [
              { "id": "r1", "when": { "channel": "12398" }, "unit": "cscx", "why": "typo" },
              { "id": "r1", "when": {}, "unit": "csc", "why": "everything" }
            ] }
            """])
        let found = problems { _ = try RoutingRules.load(from: data, directory: shipped.directory) }
        #expect(found == [
            "coordinator marketing is of tier marketing; it must be a CSC",
            "rule id r1 is used by more than one rule",
            "rule r1 names unknown unit cscx",
            "rule r1 has no condition and would take every ticket from the stations",
        ])
    }

    /// The first rule whose every condition holds decides.
    @Test func aRuleAppliesOnlyWhenEveryConditionHolds() {
        let rule = RoutingRule(
            id: "tariff-reports", when: .init(category: .tariff, type: .report), unit: "marketing", why: "test")
        #expect(!rule.when.match(facts(category: .tariff)))
        #expect(rule.when.match(facts(type: .report, category: .tariff)))
    }
}
