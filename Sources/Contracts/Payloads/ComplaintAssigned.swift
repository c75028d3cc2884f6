import Foundation

/// `complaint.assigned`: routing assigned the ticket to a unit, first by area or accepting unit (P1), again on every
/// transfer, escalation and supervision.
public struct ComplaintAssigned: TicketEventPayload {
    /// `complaint.assigned`.
    public static let messageType = MessageType.complaintAssigned

    /// The step the unit must finish and when.
    public struct Deadline: Codable, Sendable, Equatable {
        /// The ladder step, e.g. H2.
        public var step: String
        /// When it is due.
        public var dueAt: Date

        /// Creates a deadline.
        public init(step: String, dueAt: Date) {
            self.step = step
            self.dueAt = dueAt
        }
    }

    /// The ticket.
    public var ticketNo: String
    /// The unit that handles it now.
    public var unit: String
    /// That unit's tier.
    public var tier: Tier
    /// The role inside the unit that must act (staff, technician or head in a station; officer or head above).
    public var role: UnitRole
    /// The person of that role the ticket went to, where the unit directory names one.
    public var assignee: Assignee?
    /// The first-question owner (P1).
    public var owner: Owner
    /// Why this unit.
    public var reason: AssignmentReason
    /// The unit that had it before, on a transfer or escalation.
    public var previousUnit: String?
    /// Free text.
    public var note: String?
    /// The step due next.
    public var deadline: Deadline

    /// A person of the unit directory.
    public struct Assignee: Codable, Sendable, Equatable {
        /// The person's id in the unit directory.
        public var id: String
        /// The name, as the unit writes it.
        public var name: String

        /// Creates an assignee.
        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    /// Creates the payload.
    public init(
        ticketNo: String, unit: String, tier: Tier, role: UnitRole, assignee: Assignee? = nil, owner: Owner,
        reason: AssignmentReason, previousUnit: String? = nil, deadline: Deadline, note: String? = nil
    ) {
        self.ticketNo = ticketNo
        self.unit = unit
        self.tier = tier
        self.role = role
        self.assignee = assignee
        self.owner = owner
        self.reason = reason
        self.previousUnit = previousUnit
        self.deadline = deadline
        self.note = note
    }
}
