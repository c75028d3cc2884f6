import Contracts
import Foundation
@testable import ScoringService
import Testing

/// The ledger's rules (issue 15) on crafted tickets, with the exact points each unit ends with.
@Suite struct LedgerRuleTests {
    /// A 95598 complaint found to be the station's responsibility, closed satisfied on Tuesday 3 March, with the CSC's
    /// full analysis on time: S2 −1 and the S9 company-fault flag, nothing for the CSC.
    private func stationComplaint(_ world: inout World, _ no: String = "95598-1") {
        world.register(no, at: at("2026-03-02T09:00"))
        world.verify(no)
        world.close(no, at: at("2026-03-03T10:00"))
    }

    /// S2: −1 to the station for a 95598 complaint that was its responsibility.
    @Test func s2ChargesTheStationForItsComplaint() {
        var world = World()
        stationComplaint(&world)
        world.analyse("95598-1", by: "csc", at: at("2026-03-04T10:00"))
        world.advance(to: at("2026-03-31T00:00"))
        #expect(world.points("st-machi") == -1)
        #expect(world.rules("st-machi") == [.s2, .s9])
        #expect(world.entries.first { $0.rule == .s2 }?.events == ["event-2"], "the close (the second event) caused it")
        #expect(world.points("csc") == 0)
    }

    /// S2 applies to 95598 and 12398 only, and to the station's responsibility only.
    @Test func s2LeavesOtherChannelsAndTheCustomersResponsibilityAlone() {
        var world = World()
        world.register("hall-1", channel: .hall, at: at("2026-03-02T09:00"), firstOwner: "st-machi")
        world.verify("hall-1")
        world.close("hall-1", at: at("2026-03-03T10:00"))
        world.register("95598-2", at: at("2026-03-02T09:00"))
        world.verify("95598-2", .customer)
        world.close("95598-2", at: at("2026-03-03T10:00"), responsibility: .customer)
        #expect(!world.rules("st-machi").contains(.s2))
    }

    /// S2 waived (E3): the station filed an early warning on the matter (the earlier ticket intake matched) before the
    /// complaint arrived.
    @Test func s2IsWaivedWhenTheStationWarnedBeforeTheComplaint() {
        var world = World()
        world.register("hall-1", channel: .hall, type: .opinion, at: at("2026-03-02T09:00"), firstOwner: "st-machi")
        world.warn("hall-1", at: at("2026-03-02T11:00"))
        world.register("95598-1", at: at("2026-03-03T09:00"), matched: "hall-1", verdict: .repeat)
        world.verify("95598-1")
        world.close("95598-1", at: at("2026-03-04T10:00"))
        #expect(!world.rules("st-machi").contains(.s2))
    }

    /// A warning filed after the complaint arrived does not waive S2.
    @Test func aWarningAfterTheComplaintWaivesNothing() {
        var world = World()
        world.register("95598-1", at: at("2026-03-02T09:00"))
        world.warn("95598-1", at: at("2026-03-02T10:00"))
        world.verify("95598-1")
        world.close("95598-1", at: at("2026-03-03T10:00"))
        #expect(world.rules("st-machi").first == .s2)
    }

    /// S3: escalation's missed E8 step costs the station −0.2.
    @Test func s3ChargesTheStationWhoseAnalysisIsMissing() {
        var world = World()
        stationComplaint(&world)
        world.missAnalysis("95598-1", at: at("2026-03-06T10:00"))
        world.missAnalysis("95598-1", at: at("2026-03-06T10:00"))
        #expect(world.points("st-machi") == -1.2, "a redelivered miss charges nothing more")
    }

    /// S4: found malicious after the S2 entry, the station's S2 and S3 are reversed with entries of their own.
    @Test func s4ReversesTheStationsEntriesForAMaliciousComplaint() {
        var world = World()
        stationComplaint(&world)
        world.missAnalysis("95598-1", at: at("2026-03-06T10:00"))
        world.appeal("95598-1", by: "st-machi", ground: .malicious, decision: .upheld, at: at("2026-03-10T10:00"))
        #expect(world.points("st-machi") == 0)
        let reversals = world.entries.filter { $0.reverses != nil }
        #expect(reversals.map(\.rule) == [.s4, .s4], "S2 and S3 reversed under S4; the S9 flag has no points")
        #expect(reversals.map(\.points) == [1, 0.2])
        #expect(world.entries.count == 5, "nothing is deleted: S2, S9, S3 and two reversals")
    }

    /// S4: once malicious, a later miss charges nothing.
    @Test func aMaliciousComplaintCostsTheStationNothingLater() {
        var world = World()
        world.register("95598-1", at: at("2026-03-02T09:00"))
        world.appeal("95598-1", by: "st-machi", ground: .malicious, decision: .upheld, at: at("2026-03-02T12:00"))
        world.verify("95598-1")
        world.close("95598-1", at: at("2026-03-03T10:00"))
        world.missAnalysis("95598-1", at: at("2026-03-06T10:00"))
        world.advance(to: at("2026-04-30T00:00"))
        #expect(world.points("st-machi") == 0)
        #expect(world.points("csc") == 0)
        #expect(world.entries.isEmpty)
    }

    /// R7: a won appeal on another ground reverses the appealing unit's entries and takes the ticket out of its counts.
    @Test func r7AWonAppealReversesTheUnitsEntriesAndItsCounts() {
        var world = World()
        stationComplaint(&world)
        #expect(!world.ticket("95598-1").figures.isEmpty)
        world.appeal("95598-1", by: "st-machi", ground: .unreasonable, decision: .upheld, at: at("2026-03-10T10:00"))
        #expect(world.points("st-machi") == 0)
        #expect(world.entries.last?.rule == .r7)
        #expect(world.ticket("95598-1").figures.isEmpty, "R7: removed from the counts")
    }

    /// R7: a rejected appeal changes nothing.
    @Test func aRejectedAppealChangesNothing() {
        var world = World()
        stationComplaint(&world)
        world.appeal("95598-1", by: "st-machi", ground: .unreasonable, decision: .rejected, at: at("2026-03-10T10:00"))
        #expect(world.points("st-machi") == -1)
        #expect(!world.ticket("95598-1").figures.isEmpty)
    }

    /// S5: no CSC analysis within 3 working days of the close (Tuesday → Friday): −1 to the CSC.
    @Test func s5ChargesTheCSCWithoutAnAnalysis() {
        var world = World()
        stationComplaint(&world)
        #expect(world.timers["95598-1"]?[.cscAnalysis] == at("2026-03-06T10:00"))
        world.advance(to: at("2026-03-06T09:59"))
        #expect(world.points("csc") == 0)
        world.advance(to: at("2026-03-06T10:00"))
        #expect(world.points("csc") == -1)
        #expect(world.entries.last?.key == "95598-1/S5-cause/csc")
    }

    /// S5: an analysis that does not trace the complaint to team and person (S10): −0.2; a late one counts as none.
    @Test func s5ChargesAnIncompleteOrLateAnalysis() {
        var incomplete = World()
        stationComplaint(&incomplete)
        incomplete.analyse("95598-1", by: "csc", at: at("2026-03-04T10:00"), team: nil)
        incomplete.advance(to: at("2026-03-07T00:00"))
        #expect(incomplete.points("csc") == -0.2)
        var late = World()
        stationComplaint(&late)
        late.advance(to: at("2026-03-06T10:00"))
        late.analyse("95598-1", by: "csc", at: at("2026-03-09T10:00"))
        #expect(late.points("csc") == -1)
    }

    /// S6: a closed record lacking a required step (S1) costs its first owner −0.2; a false resolution (R4) costs the
    /// unit that reported it −0.2.
    @Test func s6ChargesIncompleteAndFalseRecords() {
        var world = World()
        world.register("hall-1", channel: .hall, at: at("2026-03-02T09:00"), firstOwner: "st-halinge", unit: "st-halinge")
        world.close("hall-1", at: at("2026-03-03T10:00"), responsibility: .customer, missing: true, falseResolutionBy: "st-halinge")
        #expect(world.points("st-halinge") == -0.4)
        #expect(world.entries.map(\.key) == ["hall-1/S6-record/st-halinge", "hall-1/S6-false/st-halinge"])
    }

    /// S7: a station's own ticket closed satisfied, with no 95598 complaint about it for a month: +0.3 when the month
    /// has passed.
    @Test func s7GrantsAnAvertedComplaintAfterAMonth() {
        var world = World()
        world.register("hall-1", channel: .hall, at: at("2026-03-02T09:00"), firstOwner: "st-saihan", unit: "st-saihan")
        world.close("hall-1", at: at("2026-03-03T10:00"), responsibility: .customer)
        world.advance(to: at("2026-04-03T09:59"))
        #expect(world.points("st-saihan") == 0)
        world.advance(to: at("2026-04-03T10:00"))
        #expect(world.points("st-saihan") == 0.3)
    }

    /// S7: the customer took the event to 95598 within the month: not averted, nothing granted.
    @Test func s7IsNotGrantedWhenTheCustomerCalled95598() {
        var world = World()
        world.register("hall-1", channel: .hall, at: at("2026-03-02T09:00"), firstOwner: "st-saihan", unit: "st-saihan")
        world.close("hall-1", at: at("2026-03-03T10:00"), responsibility: .customer)
        world.register("95598-9", at: at("2026-03-20T09:00"), unit: "st-saihan", matched: "hall-1", verdict: .repeat)
        world.advance(to: at("2026-05-01T00:00"))
        #expect(!world.rules("st-saihan").contains(.s7))
        #expect(world.ticket("hall-1").cameBackAs == "95598-9")
    }

    /// S7: a 95598 call merged into the open ticket as an urge (R3c) is the customer going to the hotline too.
    @Test func s7IsNotGrantedAfterA95598Urge() {
        var world = World()
        world.register("hall-1", channel: .hall, at: at("2026-03-02T09:00"), firstOwner: "st-saihan", unit: "st-saihan")
        world.take(world.scoring.urged(
            ComplaintMerged(ticketNo: "hall-1", mergedTicketNo: "95598-8", channel: .hotline95598, text: "还没来修",
                            receivedAt: at("2026-03-02T15:00"), reason: "催办", ruleIds: [.r3c]),
            ticket: world.ticket("hall-1")))
        world.close("hall-1", at: at("2026-03-03T10:00"), responsibility: .customer)
        world.advance(to: at("2026-05-01T00:00"))
        #expect(world.points("st-saihan") == 0)
    }

    /// S9: a 12398 complaint skipped levels; a 95598 complaint about a station's own earlier ticket went over the
    /// station's head. Both carry the money linkage and no points.
    @Test func s9FlagsSkippedLevelsWithTheMoneyLinkage() throws {
        var world = World()
        world.register("12398-1", channel: .regulator12398, at: at("2026-03-02T09:00"), firstOwner: "csc", unit: "csc")
        world.close("12398-1", at: at("2026-03-04T10:00"), responsibility: .customer, level: .iv, highestTier: .csc)
        world.register("hall-1", channel: .hall, at: at("2026-03-02T09:00"), firstOwner: "st-machi")
        world.register("95598-1", at: at("2026-03-02T12:00"), matched: "hall-1", verdict: .repeat)
        world.close("95598-1", at: at("2026-03-04T10:00"), responsibility: .customer)
        let flags = world.entries.filter { $0.rule == .s9 }
        #expect(flags.map(\.unit) == ["csc", "st-machi"])
        let money = try #require(flags.first?.money)
        #expect(money == .init(amount: 1000, leaderInCharge: 100, professionalLine: 300, kind: .skippedLevels))
        #expect(flags.allSatisfy { $0.points == 0 })
    }

    /// Idempotence: the same close applied twice writes each entry once.
    @Test func aRedeliveredCloseChargesNothingTwice() {
        var world = World()
        stationComplaint(&world)
        let figures = world.ticket("95598-1").figures
        world.close("95598-1", at: at("2026-03-03T10:00"))
        #expect(world.ticket("95598-1").figures == figures, "the KPIs count the close once")
        #expect(world.points("st-machi") == -1)
        #expect(world.entries.count == 2)
    }
}
