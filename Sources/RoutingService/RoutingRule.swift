import Units
import Contracts

/// A rule of `rules.json`: tickets that match every condition given go to `unit` (issue 12, item 2).
public struct RoutingRule: Codable, Sendable, Equatable {
    /// The conditions a ticket must all meet; at least one is given.
    public struct Conditions: Codable, Sendable, Equatable {
        /// The channel, e.g. `12398`.
        public var channel: Channel?
        /// The settled category, e.g. `tariff`.
        public var category: Category?
        /// The ticket type, e.g. `report`.
        public var type: TicketType?

        /// Creates conditions.
        public init(channel: Channel? = nil, category: Category? = nil, type: TicketType? = nil) {
            self.channel = channel
            self.category = category
            self.type = type
        }

        /// Whether no condition is given: such a rule would take every ticket from the stations.
        public var isEmpty: Bool { channel == nil && category == nil && type == nil }

        /// Whether the ticket meets every condition given.
        public func match(_ facts: TicketFacts) -> Bool {
            (channel.map { $0 == facts.channel } ?? true)
                && (category.map { $0 == facts.category } ?? true)
                && (type.map { $0 == facts.type } ?? true)
        }
    }

    /// Names the rule in assignments and problems, e.g. `regulator-12398`.
    public var id: String
    /// When the rule applies.
    public var when: Conditions
    /// The unit that takes the ticket.
    public var unit: String
    /// Why, in words carried on the assignment.
    public var why: String

    /// Creates a rule.
    public init(id: String, when: Conditions, unit: String, why: String) {
        self.id = id
        self.when = when
        self.unit = unit
        self.why = why
    }
}
