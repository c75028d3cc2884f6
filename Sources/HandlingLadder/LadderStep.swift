import BusinessTime
import Contracts
import Foundation

/// One step of the ladder as a bureau runs it: the step, who acts, and its limit from the limits file.
public struct LadderStep: Sendable, Equatable {
    /// Which step.
    public var id: LadderStepID
    /// How long it may take.
    public var limit: TimeLimit

    /// A step with its limit.
    public init(_ id: LadderStepID, limit: TimeLimit) {
        self.id = id
        self.limit = limit
    }

    /// The rule it follows.
    public var rule: RuleID { id.rule }
    /// Who acts.
    public var role: LadderRole { id.role }
    /// The tier of the unit that acts.
    public var tier: Tier { id.tier }

    /// When the step, started at `start`, is due; a calendar without the year the working days reach is reported
    /// with this step, so the log says which deadline could not be placed.
    public func dueAt(from start: Date, calendar: BusinessCalendar) throws(LadderDeadlineError) -> Date {
        do {
            return try limit.due(from: start, calendar: calendar)
        } catch {
            throw LadderDeadlineError(deadline: .step(id), cause: error)
        }
    }

    /// The `deadline` of a `complaint.assigned` that starts this step at `start` (issue 12 item 6).
    public func assignmentDeadline(
        from start: Date, calendar: BusinessCalendar
    ) throws(LadderDeadlineError) -> ComplaintAssigned.Deadline {
        ComplaintAssigned.Deadline(step: id.rawValue, dueAt: try dueAt(from: start, calendar: calendar))
    }
}
