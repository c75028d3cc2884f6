import Contracts
import GRDB

/// What a handler does with each message type that can arrive on its topics: apply it with a typed payload, ignore
/// it on purpose (with the reason), or refuse it (dead-lettered with the reason). Built once, when the runner starts.
public struct EventRoutes: Sendable {
    /// The decision for one message type.
    public enum Decision: Sendable {
        case apply(Route)
        case ignore(because: String)
        case refuse(because: String)
    }

    /// How one applied type is handled: decoded (pure, before the batch's transaction, on every core), then applied
    /// inside it with the decoded value.
    public struct Route: Sendable {
        let decode: @Sendable (IncomingEvent) throws(EnvelopeError) -> any Sendable
        let apply: @Sendable (any Sendable, IncomingEvent, HandlerContext) throws -> Void
        /// For a route about one ticket's state whose decision is pure: how it decides ahead of the transaction.
        let ahead: Ahead?
    }

    /// How a route about one ticket's state decides ahead of the transaction, from a read snapshot (`DecidedAhead`).
    struct Ahead: Sendable {
        /// The ticket a decoded body is about.
        let ticket: @Sendable (any Sendable) -> String
        let decide: @Sendable (any Sendable, IncomingEvent, Database, EventCodec) -> DecidedAhead?
    }

    public private(set) var decisions: [MessageType: Decision] = [:]

    public init() {}

    /// Applies `View`'s message type with `apply`, handed the body decoded as `View`: the whole payload, or a view
    /// of the members the handler reads. A body that does not decode as `View` is dead-lettered.
    public func on<View: PayloadView>(
        _ view: View.Type, _ apply: @escaping @Sendable (View, IncomingEvent, HandlerContext) throws -> Void
    ) -> EventRoutes {
        on(view, aboutTicket: nil, decidingAhead: nil, apply)
    }

    /// `on`, for a body about ticket `ticket(body)` decided ahead of the transaction by `decideAhead`.
    func on<View: PayloadView>(
        _ view: View.Type, aboutTicket ticket: (@Sendable (View) -> String)?,
        decidingAhead decideAhead: (@Sendable (View, IncomingEvent, Database, EventCodec) -> DecidedAhead?)?,
        _ apply: @escaping @Sendable (View, IncomingEvent, HandlerContext) throws -> Void
    ) -> EventRoutes {
        @Sendable func typed(_ decoded: any Sendable) -> View {
            guard let payload = decoded as? View else { preconditionFailure("a route is handed what it decoded") }
            return payload
        }
        var ahead: Ahead?
        if let ticket, let decideAhead {
            ahead = Ahead(
                ticket: { decoded in ticket(typed(decoded)) },
                decide: { decoded, event, db, codec in decideAhead(typed(decoded), event, db, codec) })
        }
        let route = Route(
            decode: { event throws(EnvelopeError) in try event.payload(as: View.self) },
            apply: { decoded, event, context in try apply(typed(decoded), event, context) },
            ahead: ahead)
        return with(View.messageType, .apply(route))
    }

    /// Ignores these types on purpose: admitted to the inbox, counted, and otherwise left alone.
    public func ignoring(_ types: MessageType..., because reason: String) -> EventRoutes {
        types.reduce(self) { $0.with($1, .ignore(because: reason)) }
    }

    /// Refuses these types: each one that arrives is dead-lettered with `reason`.
    public func refusing(_ types: MessageType..., because reason: String) -> EventRoutes {
        types.reduce(self) { $0.with($1, .refuse(because: reason)) }
    }

    private func with(_ type: MessageType, _ decision: Decision) -> EventRoutes {
        precondition(decisions[type] == nil, "\(type.rawValue) is routed twice")
        var routes = self
        routes.decisions[type] = decision
        return routes
    }

    /// The types the handler applies.
    public var handled: Set<MessageType> {
        Set(decisions.compactMap { type, decision in if case .apply = decision { type } else { nil } })
    }

    /// What is wrong with these routes for a service reading `topics`: types that can arrive with no decision, and
    /// decisions about types that cannot arrive.
    public func problems(consuming topics: [TopicName]) -> [String] {
        let arriving = Set(MessageType.allCases.filter { topics.contains($0.topic) })
        let undecided = arriving.subtracting(decisions.keys).map(\.rawValue).sorted()
        let unreachable = Set(decisions.keys).subtracting(arriving).map(\.rawValue).sorted()
        return undecided.map { "\($0) arrives on its topics but is neither applied, ignored nor refused" }
            + unreachable.map { "\($0) is routed but none of its topics carries it" }
    }

    /// The decision for `type`; a type with none is refused (unreachable once `problems` was checked at start).
    func decision(for type: MessageType) -> Decision {
        decisions[type] ?? .refuse(because: "\(type.rawValue) is not taken by this service")
    }
}
