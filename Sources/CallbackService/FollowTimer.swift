/// The callback service's timer on a ticket: the open callback's due time (`callback.overdue`).
public enum FollowTimer: String, CaseIterable, Sendable {
    case callback
}

import ServiceKit

/// What a decision about a ticket asks the service to do.
public typealias FollowEffect = TicketEffect<FollowTimer>
