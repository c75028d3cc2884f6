extension MessageType {
    /// The Swift type of this type's body; a new message type does not compile until it has one.
    public var payloadType: any EventPayload.Type {
        switch self {
        case .ticketSubmitted: TicketSubmitted.self
        case .handlingAccepted: HandlingAccepted.self
        case .handlingVerified: HandlingVerified.self
        case .handlingContacted: HandlingContacted.self
        case .handlingResolved: HandlingResolved.self
        case .handlingUnresolvable: HandlingUnresolvable.self
        case .handlingTransferRequested: HandlingTransferRequested.self
        case .warningFiled: WarningFiled.self
        case .emergencyStarted: EmergencyStarted.self
        case .emergencyLifted: EmergencyLifted.self
        case .analysisSubmitted: AnalysisSubmitted.self
        case .appealFiled: AppealFiled.self
        case .appealDecided: AppealDecided.self
        case .callbackCompleted: CallbackCompleted.self
        case .complaintRegistered: ComplaintRegistered.self
        case .complaintMerged: ComplaintMerged.self
        case .complaintAssigned: ComplaintAssigned.self
        case .deadlineApproaching: DeadlineApproaching.self
        case .deadlineMissed: DeadlineMissed.self
        case .complaintEscalated: ComplaintEscalated.self
        case .supervisionOpened: SupervisionOpened.self
        case .commitmentOverdue: CommitmentOverdue.self
        case .clockPaused: ClockPaused.self
        case .clockResumed: ClockResumed.self
        case .callbackDue: CallbackDue.self
        case .callbackOverdue: CallbackOverdue.self
        case .callbackRecorded: CallbackRecorded.self
        case .complaintClosed: ComplaintClosed.self
        case .unitScored: UnitScored.self
        case .reportPublished: ReportPublished.self
        case .messageRejected: MessageRejected.self
        }
    }

    /// Whether `ce_subject` must be present: every type is about one ticket except dead letters, reports and the
    /// score entries that have no ticket (S8); a body with a `ticketNo` needs the header whatever its type.
    public var subjectIsRequired: Bool {
        switch self {
        case .messageRejected, .reportPublished, .unitScored: false
        default: true
        }
    }
}
