import Units
import BusinessTime
import Contracts
import Foundation
import HandlingLadder
import ServiceKit

/// The routing service: every ticket reaches the unit and the person who must act (H1), its first owner stays
/// accountable (P1), and escalation, supervision and transfers move it (P2, C2, 转办).
public enum RoutingService {
    public static let name = "routing"

    /// Registrations and urges, escalations and supervision, the units' transfer requests, closed tickets.
    public static let topics: [TopicName] = [.complaintsRegistered, .complaintsEscalations, .unitsReports, .complaintsClosed]

    /// The routing in the list of services. Its data folder holds `rules.json` and the unit directory
    /// (`units-jiuyuan.json`, or the shared units setting `COMPLAINTS_UNITS_FILE`); the ladder's limits are the shared
    /// `ladder` folder beside it (`services/ladder/limits.json`).
    public static let entry = ServiceEntry(
        name: name, summary: "Assign every ticket to the unit and person who must act, and move it on escalation, "
            + "supervision and transfer.",
        load: { data in
            definition(data: data, ladder: try data.sharedLadder())
        })

    /// The service reading its unit directory from `resources.unitsFile` when the shared setting names one, else from
    /// its data folder. Both files are read when the service is assembled, before it consumes anything, so a broken
    /// one stops the start with every problem listed; so does a missing working-day calendar.
    static func definition(data: ServiceData, ladder: Ladder) -> ServiceDefinition {
        ServiceDefinition(
            name: name, topics: topics, migrations: RoutingMigrations.all,
            makeHandler: { resources in
                let router = try resources.unitsFile.map { file in
                    try Router.load(
                        from: ServiceData(directory: file.deletingLastPathComponent()), rulesFrom: data,
                        unitsFile: file.lastPathComponent)
                } ?? Router.load(from: data)
                return RoutingHandler(router: router, ladder: ladder, calendar: try resources.workingDayCalendar(for: name))
            })
    }
}
