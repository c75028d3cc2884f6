import BusinessTime
import Contracts
import Foundation
@testable import ServiceKit
import TestFixtures
import Testing

/// Issue 13 item 7: the calendar never stops a service. Every handler gets a calendar that counts a year without a
/// file Monday–Friday, and the runtime shows the guess on `/readyz` and in `complaints_calendar_guessed_years`.
@Suite(.serialized) struct CalendarFallbackTests {
    private struct Ignoring: EventHandler {
        var routes: EventRoutes { EventRoutes().ignoring(.ticketSubmitted, because: "only the calendar is tested") }
    }

    /// An instance of a service that sets one working-day deadline from `start` while it is built, as a handler
    /// would while applying, and checks it is due at `due`.
    private func instance(settingADeadlineFrom start: String, dueAt due: String, on fixture: RuntimeFixture) throws -> ServiceInstance {
        let service = ServiceDefinition(name: "calendar-user", topics: [.hotlineTickets], migrations: .none) { resources in
            let calendar = try #require(resources.calendar)
            #expect(try calendar.adding(workingDays: 1, to: beijingMinute(start)) == beijingMinute(due))
            return Ignoring()
        }
        return try fixture.instance(
            try fixture.database(service), definition: service,
            calendar: try BusinessCalendar(directory: RepositoryFiles.calendars))
    }

    private func calendarProblems(_ instance: ServiceInstance) -> [String] {
        instance.readiness.problems.filter { $0.hasPrefix("no calendar file") }
    }

    /// Thursday 31 December 2026 16:00 + 1 working day is Friday 1 January 2027 16:00, a weekday of the guessed year.
    @Test func aDeadlineIntoAYearWithoutAFileIsSetAndReadinessSaysWhichFileToAdd() throws {
        let fixture = try RuntimeFixture()
        let instance = try instance(settingADeadlineFrom: "2026-12-31 16:00", dueAt: "2027-01-01 16:00", on: fixture)
        #expect(calendarProblems(instance) == [
            "no calendar file for 2027: its deadlines count Monday–Friday; add services/calendar/2027.json",
        ])
        #expect(instance.metrics.value(of: "complaints_calendar_guessed_years") == 1)
        #expect(instance.calendar?.guessedYears == [2027])
    }

    /// Friday 6 March 2026 16:00 + 1 working day is Monday 9 March, inside the 2026 file: nothing is guessed.
    @Test func aDeadlineWithinTheFilesLeavesReadinessAndTheGaugeAlone() throws {
        let fixture = try RuntimeFixture()
        let instance = try instance(settingADeadlineFrom: "2026-03-06 16:00", dueAt: "2026-03-09 16:00", on: fixture)
        #expect(calendarProblems(instance).isEmpty)
        #expect(instance.metrics.exposition().contains("complaints_calendar_guessed_years"))
        #expect(instance.metrics.value(of: "complaints_calendar_guessed_years") == 0)
    }
}
