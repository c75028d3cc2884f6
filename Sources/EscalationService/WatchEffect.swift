import Contracts
import Foundation

/// What a decision about a ticket asks the service to do, inside the same transaction as the ticket's new state.
public enum WatchEffect: Sendable {
    /// Store (or move) the ticket's timer to fire at the time.
    case schedule(WatchTimer, at: Date)
    /// Remove the ticket's timer if it is set.
    case cancel(WatchTimer)
    /// Publish an event on `complaints.escalations`.
    case publish(any EventPayload)
}
