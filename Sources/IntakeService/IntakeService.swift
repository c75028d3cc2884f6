import Contracts
import ServiceKit

/// The intake service: registers every ticket from the hotline (H1), settles its category, judges repeat demands
/// (R1–R3) and risk (R6), records the first owner (P1), and merges urges into open tickets (R3c).
public enum IntakeService {
    public static let name = "intake"
    /// Where its data files are, relative to the repository or the working directory.
    public static let defaultDataDirectory = "services/intake"

    /// Tickets, plus what escalation and callback say about them (overdue, finished) for repeat-demand matching.
    public static let topics: [TopicName] = [.hotlineTickets, .complaintsEscalations, .complaintsClosed]

    public static func definition(configuration: IntakeConfiguration) -> ServiceDefinition {
        ServiceDefinition(
            name: name, topics: topics, migrations: IntakeMigrations.all,
            pruning: [
                Pruning(name: "ticket register", days: configuration.rules.registerRetention) { before, limit, db in
                    try TicketRegister.prune(receivedBefore: before, limit: limit, in: db)
                },
            ],
            makeHandler: { _ in IntakeHandler(configuration: configuration) })
    }
}
