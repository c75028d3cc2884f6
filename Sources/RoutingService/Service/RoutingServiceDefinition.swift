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

    /// The service built from its router and the shared ladder; the working-day calendar comes with the runtime's
    /// resources, and routing does not start without one.
    public static func definition(router: Router, ladder: Ladder) -> ServiceDefinition {
        ServiceDefinition(
            name: name, topics: topics, migrations: RoutingMigrations.all,
            makeHandler: { resources in
                guard let calendar = resources.calendar else {
                    throw ServiceDataError(file: "calendar", problems: ["routing needs the working-day calendar"])
                }
                return RoutingHandler(router: router, ladder: ladder, calendar: calendar)
            })
    }
}
