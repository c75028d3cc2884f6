import Contracts
import Foundation
@testable import ScoringService
import Testing

/// The 95598 centre is named in the unit directory as an accepting centre (issue 16): it owns the tickets it accepts
/// (P1) but is not on the ladder, so scoring charges and ranks the units that handle the tickets, as before.
@Suite struct AcceptingCentreScoringTests {
    /// S6: a record the centre's ticket leaves incomplete is charged to the unit that held it, not to the centre.
    @Test func s6ForATicketTheCentreOwnsIsChargedToTheUnitThatHeldIt() {
        var world = World()
        world.register("95598-1", at: at("2026-03-02T09:00"), firstOwner: "hotline-95598", unit: "st-machi")
        world.close("95598-1", at: at("2026-03-03T10:00"), responsibility: .customer, missing: true)
        #expect(world.entries.map(\.key) == ["95598-1/S6-record/st-machi"])
        #expect(world.points("hotline-95598") == 0)
    }

    /// S10, S12: the reports rank the units of the ladder; the centre is not one of them.
    @Test func theCentreIsNotRanked() {
        let builder = ReportBuilder(settings: shippedScoring.settings, directory: shippedScoring.directory)
        let ranked = builder.ranking(figures: [], ledger: []).map(\.unit)
        #expect(ranked.count == shippedScoring.directory.units.count)
        #expect(!ranked.contains("hotline-95598"))
        #expect(shippedScoring.tier(of: "hotline-95598") == nil)
        #expect(shippedScoring.csc?.id == "csc")
    }
}
