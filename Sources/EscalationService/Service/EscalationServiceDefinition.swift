import BusinessTime
import Contracts
import Foundation
import HandlingLadder
import ServiceKit

/// The escalation service: every step of the ladder on the working-day calendar, every slip urged and escalated,
/// supervision until the customer is satisfied, promises tracked, and nothing forgotten across restarts.
public enum EscalationService {
    public static let name = "escalation"

    /// Registrations and urges, assignments, the units' reports, callbacks, and closed tickets (to stop).
    public static let topics: [TopicName] = [
        .complaintsRegistered, .complaintsAssignments, .unitsReports, .complaintsCallbacks, .complaintsClosed,
    ]

    /// Closed tickets are kept this many days for late analysis reports and the story, then pruned.
    static let closedTicketDays = 90

    /// The escalation in the list of services. Its data folder holds `escalation.json` (the urge share, the analysis
    /// days); the ladder's limits are the shared `ladder` folder beside it (`services/ladder/limits.json`).
    public static let entry = ServiceEntry(
        name: name, summary: "Time every step on the working-day calendar; urge, escalate and supervise what slips.",
        load: { data in
            let (settings, ladder) = try rules(from: data)
            return definition(settings: settings, ladder: ladder)
        })

    /// The service's settings and the shared ladder, read from its data folder as the service reads them.
    private static func rules(from data: ServiceData) throws -> (EscalationSettings, Ladder) {
        (try EscalationSettings.load(from: data), try data.sharedLadder())
    }

    /// The rules the service applies with the data folder `data`, on `calendar`: what a benchmark builds a store's
    /// tickets with.
    package static func watch(_ data: ServiceData, calendar: BusinessCalendar) throws -> TicketWatch {
        let (settings, ladder) = try rules(from: data)
        return TicketWatch(ladder: ladder, calendar: calendar, settings: settings)
    }

    static func definition(settings: EscalationSettings, ladder: Ladder) -> ServiceDefinition {
        ServiceDefinition(
            name: name, topics: topics, migrations: EscalationMigrations.all,
            pruning: [watchedTickets.pruning(days: closedTicketDays)],
            makeHandler: { resources in
                EscalationHandler(watch: TicketWatch(
                    ladder: ladder, calendar: try resources.workingDayCalendar(for: name), settings: settings))
            })
    }
}
