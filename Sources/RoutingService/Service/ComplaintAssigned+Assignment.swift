import Units
import Contracts

extension ComplaintAssigned {
    /// The message for a placement or a notice: its unit, role, owner, reason and note, the person it reaches, and
    /// the step due.
    init(_ ticketNo: String, _ assignment: Assignment, person: Person?, deadline: Deadline) {
        self.init(
            ticketNo: ticketNo, unit: assignment.unit, tier: assignment.tier, role: assignment.role,
            assignee: person.map { .init(id: $0.id, name: $0.name) }, owner: assignment.owner,
            reason: assignment.reason.contractReason, previousUnit: assignment.previousUnit, deadline: deadline,
            note: assignment.reason.note)
    }
}
