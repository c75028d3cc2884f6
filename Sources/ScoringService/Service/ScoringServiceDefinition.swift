import Contracts
import Foundation
import ServiceKit
import ServiceStore

/// The scoring service: each unit's assessment ledger (S2–S9, R7), the KPIs kept day by day (S12), and the daily,
/// weekly and monthly reports (S10, C4).
public enum ScoringService {
    public static let name = "scoring"

    /// Every complaint topic: registrations, assignments, escalations, callbacks, closed tickets, the units' reports.
    public static let topics: [TopicName] = [
        .complaintsRegistered, .complaintsAssignments, .complaintsEscalations, .complaintsCallbacks,
        .complaintsClosed, .unitsReports,
    ]

    public static let entry = ServiceEntry(
        name: name, summary: "Keep each unit's ledger and KPIs; publish the daily, weekly and monthly reports.",
        load: { _ in
            ServiceDefinition(name: name, topics: topics, migrations: ServiceMigrations([])) { _ in ScoringHandler() }
        })
}

struct ScoringHandler: EventHandler {
    var routes: EventRoutes {
        let types = MessageType.allCases.filter { ScoringService.topics.contains($0.topic) }
        return types.reduce(EventRoutes()) { $0.ignoring($1, because: "not scored yet") }
    }
}
