/// A CloudEvents `ce_type` of the contract; the raw value is the type verbatim.
public enum MessageType: String, CaseIterable, Sendable, Codable {
    /// A ticket accepted by a hotline system.
    case ticketSubmitted = "ticket.submitted"

    /// The assigned unit took the ticket on.
    case handlingAccepted = "handling.accepted"
    /// The unit verified the ticket and fixed responsibility (H2).
    case handlingVerified = "handling.verified"
    /// The unit communicated with the customer (H3, H4).
    case handlingContacted = "handling.contacted"
    /// The unit's result, with an optional commitment (R5).
    case handlingResolved = "handling.resolved"
    /// The unit cannot resolve the ticket at its tier.
    case handlingUnresolvable = "handling.unresolvable"
    /// The unit asks for a transfer (转办) to another unit.
    case handlingTransferRequested = "handling.transfer-requested"
    /// The station head's early-warning report (E3).
    case warningFiled = "warning.filed"
    /// The leading group started the emergency plan (E4).
    case emergencyStarted = "emergency.started"
    /// The leading group lifted the emergency plan (E7).
    case emergencyLifted = "emergency.lifted"
    /// The unit's cause analysis (E8, S3, S5).
    case analysisSubmitted = "analysis.submitted"
    /// An appeal against a malicious or unreasonable demand (R7).
    case appealFiled = "appeal.filed"
    /// The decision on an appeal (R7).
    case appealDecided = "appeal.decided"

    /// A customer representative's callback result.
    case callbackCompleted = "callback.completed"

    /// Intake registered a ticket.
    case complaintRegistered = "complaint.registered"
    /// A call about an open ticket, merged into it as an urge (R3c).
    case complaintMerged = "complaint.merged"

    /// Routing assigned the ticket to a unit.
    case complaintAssigned = "complaint.assigned"

    /// An urge (催办): a step is due soon.
    case deadlineApproaching = "deadline.approaching"
    /// A step passed its due time.
    case deadlineMissed = "deadline.missed"
    /// The ticket moved up the ladder (P2), or the leading group is told of an early warning (E3).
    case complaintEscalated = "complaint.escalated"
    /// Supervision (督办) after an unsatisfied callback (C2).
    case supervisionOpened = "supervision.opened"
    /// A commitment passed its due time unkept (R5).
    case commitmentOverdue = "commitment.overdue"
    /// The ticket waits on the customer (H3): the station's clock stops.
    case clockPaused = "clock.paused"
    /// The wait on the customer ended: the station's clock counts again.
    case clockResumed = "clock.resumed"

    /// A callback must be made by a due time (C1, C3).
    case callbackDue = "callback.due"
    /// A callback was not made in time.
    case callbackOverdue = "callback.overdue"
    /// A callback's outcome, as the callback service recorded it.
    case callbackRecorded = "callback.recorded"

    /// A closed ticket's whole story, personal data masked.
    case complaintClosed = "complaint.closed"

    /// An assessment ledger entry for a unit (S2–S9).
    case unitScored = "unit.scored"
    /// A daily, weekly or monthly report (S10, S12).
    case reportPublished = "report.published"

    /// A message a service could not take.
    case messageRejected = "message.rejected"

    /// The topic that carries this type.
    public var topic: TopicName {
        switch self {
        case .ticketSubmitted:
            .hotlineTickets
        case .handlingAccepted, .handlingVerified, .handlingContacted, .handlingResolved, .handlingUnresolvable,
             .handlingTransferRequested, .warningFiled, .emergencyStarted, .emergencyLifted, .analysisSubmitted,
             .appealFiled, .appealDecided:
            .unitsReports
        case .callbackCompleted:
            .callbacksResults
        case .complaintRegistered, .complaintMerged:
            .complaintsRegistered
        case .complaintAssigned:
            .complaintsAssignments
        case .deadlineApproaching, .deadlineMissed, .complaintEscalated, .supervisionOpened, .commitmentOverdue,
             .clockPaused, .clockResumed:
            .complaintsEscalations
        case .callbackDue, .callbackOverdue, .callbackRecorded:
            .complaintsCallbacks
        case .complaintClosed:
            .complaintsClosed
        case .unitScored, .reportPublished:
            .complaintsScores
        case .messageRejected:
            .complaintsDeadletter
        }
    }

    /// Name of the type's JSON Schema file inside the topics directory's `schemas/` folder.
    public var schemaFileName: String { rawValue + ".schema.json" }
}
