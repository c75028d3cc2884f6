/// `complaint.registered`: intake registered a ticket, with its classification, repeat-demand verdict (R1–R3),
/// risk flags (R6), first owner (P1) and the data problems it found in the ticket (H1).
public struct ComplaintRegistered: TicketEventPayload {
    /// `complaint.registered`.
    public static let messageType = MessageType.complaintRegistered

    /// The category intake settled on, and who decided it.
    public struct Classification: Codable, Sendable, Equatable {
        /// Nil (written as null) for ticket types without categories.
        @Nullable public var category: Category?
        /// 0 to 1.
        public var confidence: Double
        /// The agent or the model.
        public var source: ClassificationSource
        /// Whether the agent's and the model's categories differ.
        public var disagreement: Bool
        /// The other category; the schema requires it when `disagreement` is true.
        public var alternative: Category?

        /// Creates a classification.
        public init(
            category: Category?, confidence: Double, source: ClassificationSource, disagreement: Bool,
            alternative: Category? = nil
        ) {
            self.category = category
            self.confidence = confidence
            self.source = source
            self.disagreement = disagreement
            self.alternative = alternative
        }
    }

    /// The repeat-demand verdict (R1–R3).
    public struct RepeatDemand: Codable, Sendable, Equatable {
        /// Repeat, not repeat, or excluded by R2/R3.
        public var verdict: RepeatVerdict
        /// The earlier ticket; the schema requires it for a repeat.
        public var matchedTicketNo: String?
        /// Why, in words.
        public var reason: String
        /// The rules applied, e.g. R1, R3c.
        public var ruleIds: [RuleID]
        /// The words and facts that decided it.
        public var evidence: RepeatEvidence?

        /// Creates a verdict.
        public init(
            verdict: RepeatVerdict, matchedTicketNo: String? = nil, reason: String, ruleIds: [RuleID],
            evidence: RepeatEvidence? = nil
        ) {
            self.verdict = verdict
            self.matchedTicketNo = matchedTicketNo
            self.reason = reason
            self.ruleIds = ruleIds
            self.evidence = evidence
        }
    }

    /// The ticket.
    public var ticketNo: String
    /// The ticket as intake registered it; unknown fields of the submission are not kept.
    public var ticket: TicketSubmitted
    /// The category intake settled on.
    public var classification: Classification
    /// Whether this is a repeat demand.
    public var repeatDemand: RepeatDemand
    /// Service risk warnings, without duplicates.
    public var riskFlags: [RiskFlag]
    /// Risk words found in the text, without duplicates.
    public var riskWords: [String]?
    /// Who owns the ticket until it is solved (P1).
    public var firstOwner: Owner
    /// The fields intake could not read or corrected, for the hotline to fix; nil (absent) when there are none.
    public var dataProblems: [DataProblem]?

    /// Creates the payload.
    public init(
        ticketNo: String, ticket: TicketSubmitted, classification: Classification, repeatDemand: RepeatDemand,
        riskFlags: [RiskFlag], riskWords: [String]? = nil, firstOwner: Owner, dataProblems: [DataProblem]? = nil
    ) {
        self.ticketNo = ticketNo
        self.ticket = ticket
        self.classification = classification
        self.repeatDemand = repeatDemand
        self.riskFlags = riskFlags
        self.riskWords = riskWords
        self.firstOwner = firstOwner
        self.dataProblems = dataProblems
    }
}
