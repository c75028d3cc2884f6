/// A Kafka topic of the system; the raw value is the topic's name on the broker and in `topics/`.
public enum TopicName: String, CaseIterable, Sendable, Codable {
    /// Tickets from the hotline systems, keyed by customer.
    case hotlineTickets = "hotline.tickets"
    /// Handling reports from the regional units.
    case unitsReports = "units.reports"
    /// Callback results from the customer representatives.
    case callbacksResults = "callbacks.results"
    /// Tickets registered by intake.
    case complaintsRegistered = "complaints.registered"
    /// Assignments made by routing.
    case complaintsAssignments = "complaints.assignments"
    /// Deadlines, escalations and supervision from escalation.
    case complaintsEscalations = "complaints.escalations"
    /// Callback tasks and outcomes from callback.
    case complaintsCallbacks = "complaints.callbacks"
    /// Closed tickets, personal data masked, from callback.
    case complaintsClosed = "complaints.closed"
    /// Assessment entries and reports from scoring.
    case complaintsScores = "complaints.scores"
    /// Messages any service rejected.
    case complaintsDeadletter = "complaints.deadletter"

    /// Name of the topic's definition file inside the topics directory.
    public var fileName: String { rawValue + ".json" }

    /// The `ce_source` of the people and systems outside the services that publish on an inbound topic (the hotline,
    /// the regional units, the customer representatives); nil for the topics the services publish on.
    public var externalSource: String? {
        switch self {
        case .hotlineTickets: "hotline"
        case .unitsReports: "units"
        case .callbacksResults: "customer-representatives"
        default: nil
        }
    }
}
