import ServiceKit

/// What a decision about a ticket asks the service to do: its timers (`WatchTimer`) and its events.
public typealias WatchEffect = TicketEffect<WatchTimer>
