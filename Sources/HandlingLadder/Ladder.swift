import BusinessTime
import Contracts
import Foundation

/// The handling ladder as the bureau runs it: every step with its limit, and the national bounds on whole tickets.
/// Routing puts the step an assignment starts and its due time on `complaint.assigned`; escalation stores the same
/// due times and fires on them. Both build it from the same limits file, so the two never disagree.
public struct Ladder: Sendable, Equatable {
    /// Every step, in ladder order.
    public let steps: [LadderStep]
    /// The national bounds, as the file lists them.
    public let bounds: [TicketBound]

    /// The ladder of checked limits; throws every problem of `limits` when there is any.
    public init(limits: LadderLimits) throws(LadderLimitsError) {
        let problems = limits.problems()
        guard problems.isEmpty else { throw LadderLimitsError(problems: problems) }
        // Every force-unwrap below was just checked by `problems()`: each step has a valid limit, each bound a
        // known type, a known channel when it has one and a valid answer limit.
        let entries = limits.steps!
        steps = LadderStepID.allCases.map { LadderStep($0, limit: entries[$0.rawValue]!.limit!) }
        bounds = limits.ticketBounds!.map { entry in
            TicketBound(
                type: entry.ticketType!, channel: entry.boundChannel, contact: entry.contactWithin?.limit,
                answer: entry.answerWithin!.limit!)
        }
    }

    /// The step `id` with its limit.
    public func step(_ id: LadderStepID) -> LadderStep {
        // `steps` holds every case in declaration order (see init).
        steps[LadderStepID.allCases.firstIndex(of: id)!]
    }

    /// When step `id`, started at `start`, is due.
    public func dueAt(_ id: LadderStepID, from start: Date, calendar: BusinessCalendar) throws(LadderDeadlineError) -> Date {
        try step(id).dueAt(from: start, calendar: calendar)
    }

    /// The bound of a ticket of `type` that came in through `channel`: the channel's own bound when the file has one,
    /// else the type's bound for any channel, else nil (consultations, repairs and praise have none by default).
    public func bound(for type: TicketType, channel: BoundChannel?) -> TicketBound? {
        let forType = bounds.filter { $0.type == type }
        if let channel, let own = forType.first(where: { $0.channel == channel }) { return own }
        return forType.first { $0.channel == nil }
    }

    /// The bound of a ticket of `type` that came in through the contract's `channel`.
    public func bound(for type: TicketType, channel: Channel) -> TicketBound? {
        bound(for: type, channel: BoundChannel(channel))
    }

    /// The deadlines of a whole ticket received at `receivedAt`; nil when its type and channel have no bound.
    public func ticketDeadlines(
        type: TicketType, channel: BoundChannel?, receivedAt: Date, calendar: BusinessCalendar
    ) throws(LadderDeadlineError) -> TicketDeadlines? {
        try bound(for: type, channel: channel)?.deadlines(receivedAt: receivedAt, calendar: calendar)
    }
}
