import Contracts
import ServiceKit

/// The intake service: registers every ticket from the hotline (H1), settles its category, judges repeat demands
/// (R1–R3) and risk (R6), records the first owner (P1), and merges urges into open tickets (R3c).
public enum IntakeService {
    public static let name = "intake"

    /// The intake in the list of services: its data folder holds `rules.json`, `risk-words.json` and
    /// `classifier.json`.
    public static let entry = ServiceEntry(
        name: name, summary: "Register every hotline ticket: classify it, judge repeat demands and risk.",
        load: { data in definition(configuration: try IntakeConfiguration.load(from: data)) })

    /// Tickets, plus what escalation, callback and the units' appeals say about them (overdue, finished, found
    /// malicious) for repeat-demand matching.
    public static let topics: [TopicName] = [.hotlineTickets, .complaintsEscalations, .complaintsClosed, .unitsReports]

    public static func definition(configuration: IntakeConfiguration) -> ServiceDefinition {
        ServiceDefinition(
            name: name, topics: topics, migrations: IntakeMigrations.all,
            pruning: [
                Pruning(name: "ticket register", days: configuration.rules.registerRetention) { before, limit, db in
                    try TicketRegister.prune(receivedBefore: before, limit: limit, in: db)
                },
            ],
            makeHandler: { resources in
                IntakeHandler(
                    configuration: configuration,
                    directory: try configuration.unitDirectory(unitsFile: resources.unitsFile))
            })
    }
}
