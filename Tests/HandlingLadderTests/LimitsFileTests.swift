import Contracts
import Foundation
import HandlingLadder
import ServiceKit
import TestFixtures
import Testing

/// The limits file (`services/ladder/limits.json`): the shipped defaults, and a bad file refused with every problem.
@Suite struct LimitsFileTests {
    /// H2–H10, C1, C3: the shipped file holds the seed's figures.
    @Test func shippedLimitsAreTheSeedsFigures() throws {
        let ladder = try shippedLadder()
        let limits = ladder.steps.map { "\($0.id.rawValue) \($0.limit)" }
        #expect(limits == [
            "H2 1 hour", "H3 1 hour", "H4 1 working day", "H5 1 hour", "H6 1 working day", "H7 1 working day",
            "H8 1 working day", "H9d 1 working day", "H9 1 working day", "H10 1 working day", "C1 10 minutes",
            "C3 10 minutes",
        ])
    }

    /// The national limits: the shipped bounds are the public figures.
    @Test func shippedBoundsAreTheNationalFigures() throws {
        let ladder = try shippedLadder()
        #expect(ladder.bounds == [
            TicketBound(type: .complaint, contact: .elapsed(minutes: 24 * 60), answer: .workingDays(4)),
            TicketBound(type: .complaint, channel: .regulator12398, answer: .workingDays(10)),
            TicketBound(type: .complaint, channel: .government12345, answer: .workingDays(7)),
            TicketBound(type: .report, answer: .workingDays(9)),
            TicketBound(type: .opinion, answer: .workingDays(9)),
        ])
    }

    /// A changed limit is used: a bureau that gives H4 two working days gets Tuesday for a Friday ticket.
    @Test func aChangedLimitInTheFileChangesTheDueTime() throws {
        var text = try String(contentsOf: ladderFolder.appendingPathComponent(LadderLimits.fileName), encoding: .utf8)
        text = text.replacingOccurrences(of: #""H4": { "workingDays": 1 }"#, with: #""H4": { "workingDays": 2 }"#)
        let ladder = try Ladder(limits: loadLimits(text))
        #expect(
            try ladder.dueAt(.h4, from: beijingMinute("2026-03-06 16:00"), calendar: shippedCalendar())
                == beijingMinute("2026-03-10 16:00"))
    }

    /// Every problem of a bad file is listed in one `ServiceDataError`, in file order, and the ladder refuses the
    /// same limits with the same list.
    @Test func aBadLimitsFileIsRefusedListingEveryProblem() throws {
        let bad = """
        {
          "steps": {
            "H2": { "hours": 1 }, "H3": { "hours": 1 }, "H5": { "hours": 1 },
            "H6": { "hours": 1, "workingDays": 1 }, "H7": { "workingDays": 0 }, "H8": { "wrkingDays": 1 },
            "H9d": { "workingDays": 1 }, "H9": { "workingDays": 1 }, "H10": { "workingDays": 1 },
            "C1": { "minutes": 10 }, "C3": { "minutes": 10 }, "H11": { "workingDays": 1 }
          },
          "ticketBounds": [
            { "type": "complaint", "answerWithin": { "workingDays": 4 } },
            { "type": "complant", "answerWithin": { "workingDays": 4 } },
            { "type": "report", "channel": "12346", "answerWithin": { "workingDays": 9 } },
            { "type": "complaint", "contactWithin": { "hours": 24 } },
            { "type": "complaint", "channel": "12398", "answerWithin": { "workingDays": 10 } },
            { "type": "complaint", "channel": "12398", "answerWithin": { "workingDays": 10 } }
          ],
          "nationalLimits": {}
        }
        """
        let expected = [
            #"unknown field "nationalLimits" (the file has steps and ticketBounds)"#,
            "steps.H4: missing (staff, rule H4)",
            "steps.H6: give exactly one of minutes, hours or workingDays, not 2",
            "steps.H7.workingDays: must be at least 1, got 0",
            #"steps.H8: unknown field "wrkingDays" (a limit is minutes, hours or workingDays)"#,
            "steps.H8: give exactly one of minutes, hours or workingDays, not 0",
            "steps.H11: not a step of the ladder (H2, H3, H4, H5, H6, H7, H8, H9d, H9, H10, C1, C3)",
            #"ticketBounds[1].type: "complant" is not a ticket type (complaint, report, opinion, consultation, repair, praise)"#,
            #"ticketBounds[2].channel: "12346" is not a channel with national limits (95598, 12398, 12345)"#,
            "ticketBounds[3].answerWithin: missing; a bound must say when the ticket is answered",
            "ticketBounds[3]: a second bound for any-channel complaint (the first is ticketBounds[0])",
            "ticketBounds[5]: a second bound for 12398 complaint (the first is ticketBounds[4])",
        ]
        let error = try #require(throws: ServiceDataError.self) { try loadLimits(bad) }
        #expect(error.problems == expected)
        #expect(error.file.hasSuffix(LadderLimits.fileName))

        let limits = try JSONDecoder().decode(LadderLimits.self, from: Data(bad.utf8))
        #expect(throws: LadderLimitsError(problems: expected)) { try Ladder(limits: limits) }
    }

    /// A file that is not the right JSON at all is refused with the field that is wrong.
    @Test func aLimitWrittenAsTextIsRefused() throws {
        let error = try #require(throws: ServiceDataError.self) {
            try loadLimits(#"{ "steps": { "H2": { "hours": "one" } }, "ticketBounds": [] }"#)
        }
        #expect(error.problems.count == 1)
    }
}
