import BusinessTime
import Contracts
import Foundation
import Logging
import ServiceStore

/// A service as the runtime sees it: its name, the topics it reads, its tables and its handler.
public struct ServiceDefinition: Sendable {
    /// The name: consumer group, `ce_source`, database file, metrics label.
    public var name: String
    public var topics: [TopicName]
    public var migrations: ServiceMigrations
    /// Builds the handler once the shared resources (clock, calendar, configuration) are known.
    public var makeHandler: @Sendable (ServiceResources) throws -> any EventHandler
    /// The service's own tables the pruner keeps bounded, beside the runtime's inbox and outbox.
    public var pruning: [Pruning]

    public init(
        name: String, topics: [TopicName], migrations: ServiceMigrations, pruning: [Pruning] = [],
        makeHandler: @escaping @Sendable (ServiceResources) throws -> any EventHandler
    ) {
        self.name = name
        self.topics = topics
        self.migrations = migrations
        self.pruning = pruning
        self.makeHandler = makeHandler
    }
}

/// What the runtime hands a service's handler: time, the calendar, where its data files are, and a logger.
public struct ServiceResources: Sendable {
    public var clock: any WallClock
    public var calendar: BusinessCalendar?
    public var unitsFile: URL?
    public var logger: Logger

    public init(clock: any WallClock, calendar: BusinessCalendar?, unitsFile: URL?, logger: Logger) {
        self.clock = clock
        self.calendar = calendar
        self.unitsFile = unitsFile
        self.logger = logger
    }
}

/// A service whose description and handler disagree (a message type on its topics with no decision): a bug found
/// at start, before anything is consumed.
public struct ServiceDefinitionError: Error, Sendable, CustomStringConvertible {
    public var service: String
    public var problems: [String]

    public var description: String {
        "service \(service) is not fully described:\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
    }
}

extension ServiceResources {
    /// The working-day calendar, for a service whose deadlines need it; its absence stops the start, naming `service`.
    public func workingDayCalendar(for service: String) throws(ServiceDataError) -> BusinessCalendar {
        guard let calendar else {
            throw ServiceDataError(file: "calendar", problems: ["\(service) needs the working-day calendar"])
        }
        return calendar
    }
}
