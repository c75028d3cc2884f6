/// `analysis.submitted`: the complained-about unit's analysis report (E8): cause, lessons, measures (S3, S5).
public struct AnalysisSubmitted: TicketEventPayload {
    /// `analysis.submitted`.
    public static let messageType = MessageType.analysisSubmitted

    /// The team and person a complaint traces to (S10).
    public struct Attribution: Codable, Sendable, Equatable {
        /// The team, e.g. 麻池供电所抄表班.
        public var team: String?
        /// The person, as the unit writes them.
        public var person: String?

        /// Creates an attribution.
        public init(team: String? = nil, person: String? = nil) {
            self.team = team
            self.person = person
        }
    }

    /// The ticket.
    public var ticketNo: String
    /// The reporting unit's id.
    public var unit: String
    /// Role and name of the person reporting.
    public var by: String
    /// Free text.
    public var note: String?
    /// What caused the complaint.
    public var cause: String
    /// What was learnt.
    public var lessons: String
    /// What will change.
    public var measures: String
    /// Whether the complaint was found true (查实, S12).
    public var substantiated: Bool?
    /// Team and person the complaint traces to.
    public var tracedTo: Attribution?

    /// Creates the payload.
    public init(
        ticketNo: String, unit: String, by: String, cause: String, lessons: String, measures: String,
        substantiated: Bool? = nil, tracedTo: Attribution? = nil, note: String? = nil
    ) {
        self.ticketNo = ticketNo
        self.unit = unit
        self.by = by
        self.cause = cause
        self.lessons = lessons
        self.measures = measures
        self.substantiated = substantiated
        self.tracedTo = tracedTo
        self.note = note
    }
}
