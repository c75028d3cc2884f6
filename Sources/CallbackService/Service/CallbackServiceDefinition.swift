import BusinessTime
import Contracts
import Foundation
import HandlingLadder
import ServiceKit

/// The callback service: every customer called back after a result (C1, C3, H10), unsatisfied outcomes sent back up
/// the ladder (C2), unreachable customers tried again, and every ticket closed once, with its whole story.
public enum CallbackService {
    public static let name = "callback"

    /// Registrations and urges, assignments, the units' reports, escalation's events, the representatives' outcomes.
    public static let topics: [TopicName] = [
        .complaintsRegistered, .complaintsAssignments, .unitsReports, .complaintsEscalations, .callbacksResults,
    ]

    /// Closed tickets are kept this many days (a late appeal's decision is scoring's), then pruned.
    static let closedTicketDays = 30

    /// The callback service in the list of services. Its data folder holds `callback.json` (the unreachable tries);
    /// the callbacks' limits are the shared `ladder` folder beside it (`services/ladder/limits.json`).
    public static let entry = ServiceEntry(
        name: name, summary: "Call every customer back after a result; close each ticket once, with its whole story.",
        load: { data in
            let (settings, ladder) = try rules(from: data)
            return definition(settings: settings, ladder: ladder)
        })

    /// The callback settings and the shared ladder, from the service's data folder.
    static func rules(from data: ServiceData) throws -> (settings: CallbackSettings, ladder: Ladder) {
        (try CallbackSettings.load(from: data), try data.sharedLadder())
    }

    /// The rules the service applies with its data folder `data` on `calendar`: what the benchmark builds its
    /// tickets' states with.
    package static func follow(_ data: ServiceData, calendar: BusinessCalendar) throws -> TicketFollow {
        let (settings, ladder) = try rules(from: data)
        return TicketFollow(ladder: ladder, calendar: calendar, settings: settings)
    }

    static func definition(settings: CallbackSettings, ladder: Ladder) -> ServiceDefinition {
        ServiceDefinition(
            name: name, topics: topics, migrations: CallbackMigrations.all,
            pruning: [followedTickets.pruning(days: closedTicketDays)],
            makeHandler: { resources in
                CallbackHandler(follow: TicketFollow(
                    ladder: ladder, calendar: try resources.workingDayCalendar(for: name), settings: settings))
            })
    }
}
