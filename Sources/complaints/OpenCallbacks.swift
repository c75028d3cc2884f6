import Contracts
import Foundation

/// The callbacks still to make (C1, C3, H10), from the events of `complaints.callbacks` and `complaints.closed`
/// (and `complaints.assignments` for the units' tiers, which the callback events do not carry). Plain values, no I/O.
///
/// A ticket's callback is open when its latest `callback.due` has no `callback.recorded` after it and the ticket did
/// not close after that due (a closed ticket assigned again is reopened, and its next due counts); it is overdue
/// when a `callback.overdue` came after that due. One ticket's callback events share a partition (the topic is keyed
/// by ticket), so the order they are given in is the order they were published in.
struct OpenCallbacks {
    /// One callback to make.
    struct Entry: Equatable, Sendable {
        var ticketNo: String
        var unit: String
        /// The unit's tier, from its assignments; nil when none was read.
        var tier: Tier?
        var dueAt: Date
        var step: CallbackStep
        var attempt: Int
        /// Whether the callback service reported it overdue.
        var overdue: Bool

        /// Tab-separated: ticket, unit, tier (`-` when unknown), due time, step, `attempt N`, then `overdue` if so.
        var line: String {
            let fields = [ticketNo, unit, tier?.rawValue ?? "-", Timestamp.format(dueAt), step.rawValue, "attempt \(attempt)"]
            return (fields + (overdue ? ["overdue"] : [])).joined(separator: "\t")
        }
    }

    /// The topics the list is made from.
    static let topics: [TopicName] = [.complaintsAssignments, .complaintsCallbacks, .complaintsClosed]

    /// A ticket's latest due with nothing recorded after it.
    private struct Pending {
        var due: CallbackDue
        var publishedAt: Date
        var overdue = false
    }

    private var pending: [String: Pending] = [:]
    private var closedAt: [String: Date] = [:]
    private var tiers: [String: Tier] = [:]

    /// A callback fell due; `publishedAt` is the event's time (`ce_time`), compared with the ticket's close.
    mutating func due(_ due: CallbackDue, publishedAt: Date) {
        pending[due.ticketNo] = Pending(due: due, publishedAt: publishedAt)
    }

    /// The ticket's latest due was not met in time.
    mutating func overdue(_ overdue: CallbackOverdue) {
        pending[overdue.ticketNo]?.overdue = true
    }

    /// The callback was made, whatever its outcome: an unsatisfied one leads to a new due (C2).
    mutating func recorded(_ recorded: CallbackRecorded) {
        pending[recorded.ticketNo] = nil
    }

    /// The ticket closed at `closedAt`.
    mutating func closed(ticketNo: String, at closedAt: Date) {
        self.closedAt[ticketNo] = max(closedAt, self.closedAt[ticketNo] ?? closedAt)
    }

    /// A unit's tier, as an assignment gave it.
    mutating func assigned(unit: String, tier: Tier) {
        tiers[unit] = tier
    }

    /// Takes one checked event of `topics`; other types are ignored.
    mutating func apply(_ event: IncomingEvent) throws(EnvelopeError) {
        switch event.type {
        case .callbackDue: due(try event.payload(), publishedAt: event.attributes.time)
        case .callbackOverdue: overdue(try event.payload())
        case .callbackRecorded: recorded(try event.payload())
        case .complaintClosed:
            let closed = try event.payload(as: ClosedView.self)
            self.closed(ticketNo: closed.ticketNo, at: closed.closedAt)
        case .complaintAssigned:
            let assigned = try event.payload(as: AssignedView.self)
            self.assigned(unit: assigned.unit, tier: assigned.tier)
        default: break
        }
    }

    /// The open callbacks, earliest due first (then by ticket).
    var entries: [Entry] {
        pending.values.filter { pending in
            closedAt[pending.due.ticketNo].map { $0 < pending.publishedAt } ?? true
        }.map { pending in
            let due = pending.due
            return Entry(
                ticketNo: due.ticketNo, unit: due.unit, tier: tiers[due.unit], dueAt: due.dueAt, step: due.step,
                attempt: due.attempt, overdue: pending.overdue)
        }.sorted { ($0.dueAt, $0.ticketNo) < ($1.dueAt, $1.ticketNo) }
    }

    /// What the list needs of `complaint.closed`, whose body is the ticket's whole story.
    private struct ClosedView: PayloadView, Decodable {
        static let messageType = MessageType.complaintClosed
        var ticketNo: String
        var closedAt: Date
    }

    /// What the list needs of `complaint.assigned`.
    private struct AssignedView: PayloadView, Decodable {
        static let messageType = MessageType.complaintAssigned
        var unit: String
        var tier: Tier
    }
}
