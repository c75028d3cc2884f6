import Contracts
import Foundation
import HandlingLadder
import Testing

/// Who acts at each step, in which tier, under which rule, and where a ticket goes next (P2).
@Suite struct LadderShapeTests {
    /// H2–H10, C1, C3: each step's rule, role and tier.
    @Test func eachStepNamesItsRuleItsRoleAndItsTier() {
        let shape = LadderStepID.allCases.map { "\($0.rawValue) \($0.rule.rawValue) \($0.role.rawValue) \($0.tier.rawValue)" }
        #expect(shape == [
            "H2 H2 staff station", "H3 H3 staff station", "H4 H4 staff station", "H5 H5 technician station",
            "H6 H6 head station", "H7 H7 csc csc", "H8 H8 marketing marketing", "H9d H9 deputy deputy",
            "H9 H9 leadership leadership", "H10 H10 leadership leadership",
            "C1 C1 customer-representative csc", "C3 C3 customer-representative csc",
        ])
    }

    /// P2: staff → technician (H5) → head (H6) → CSC (H7) → marketing (H8) → deputy (H9d) → leadership (H9), then
    /// nothing above.
    @Test func escalationClimbsFromTheStaffThroughTheDeputyToTheLeadershipAndStops() {
        var path: [LadderStepID] = [.h2]
        while let next = path.last!.escalation { path.append(next) }
        #expect(path == [.h2, .h5, .h6, .h7, .h8, .h9Deputy, .h9])
        #expect(LadderStepID.h3.escalation == .h5)
        #expect(LadderStepID.h4.escalation == .h5)
        #expect(LadderStepID.h10.escalation == nil)
        #expect(LadderStepID.c1.escalation == nil)
    }

    /// P2 and the severity levels: each step up raises the level, the deputy's step being level II.
    @Test func climbingTheLadderRaisesTheLevelFromVToI() {
        let levels = [LadderStepID.h2, .h5, .h6, .h7, .h8, .h9Deputy, .h9].map(\.tier.level)
        #expect(levels == [.v, .v, .v, .iv, .iii, .ii, .i])
    }

    /// Issue 12 item 6: an assignment to each role starts that role's step.
    @Test func anAssignmentToARoleStartsThatRolesStep() {
        let started = LadderRole.allCases.map { "\($0.rawValue) \(LadderStepID.started(by: $0).rawValue)" }
        #expect(started == [
            "staff H2", "technician H5", "head H6", "csc H7", "marketing H8", "deputy H9d", "leadership H9",
            "customer-representative C1",
        ])
    }

    /// The contracts' `step` pattern (`^[A-Z][0-9]+[a-z]?$`) accepts every step id, the deputy's H9d included.
    @Test func everyStepIdMatchesTheContractsStepPattern() throws {
        let pattern = try Regex("^[A-Z][0-9]+[a-z]?$")
        for step in LadderStepID.allCases {
            #expect(step.rawValue.wholeMatch(of: pattern) != nil, "\(step.rawValue)")
        }
    }
}
