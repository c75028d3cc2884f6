import BusinessTime
import Contracts
import Foundation
import Logging
import ServiceLifecycle
import ServiceStore

/// Runs one service as a process: logs, database, runner, relay and the operations endpoints in one service group
/// that shuts down gracefully on SIGTERM or SIGINT (the runner finishes its batch, the relay drains the outbox).
public enum ServiceHost {
    public static func run(_ definition: ServiceDefinition, configuration: ServiceConfiguration) async throws {
        let level = configuration.logLevel
        LoggingSystem.bootstrap { label in JSONLogHandler(label: label, level: level) }
        let logger = Logger(label: definition.name)
        logger.info("starting", metadata: ["configuration": "\(configuration.summary)"])
        print(configuration.summary)

        let catalogue = try TopicCatalogue.load(directory: configuration.topicsDirectory)
        // A broken calendar file stops the start with every problem listed; a year without a file does not: the
        // instance falls back to Monday–Friday for it and says so (issue 13 item 7).
        let calendar = try BusinessCalendar(directory: configuration.calendarDirectory)
        logger.info("business calendar loaded", metadata: ["years": "\(calendar.coveredYears)"])
        let clock = try configuration.clock.makeClock()
        let database = try ServiceDatabase(path: configuration.databasePath, migrations: definition.migrations)
        let instance = try ServiceInstance(
            definition: definition, database: database, catalogue: catalogue, kafka: configuration.kafka,
            membership: configuration.membership,
            resources: ServiceResources(clock: clock, calendar: calendar, unitsFile: configuration.unitsFile, logger: logger),
            batchSize: configuration.batchSize)
        let inboxDays: Int?
        switch configuration.retention.inboxDays(for: definition.topics, in: catalogue) {
        case .success(let days): inboxDays = days
        case .failure(let error): throw ConfigurationError(service: definition.name, problems: ["\(error)"])
        }
        let pruner = StorePruner(
            database: database, inboxDays: inboxDays, retention: configuration.retention, service: definition.pruning,
            clock: clock, metrics: instance.metrics, logger: logger)
        let operations = OperationsServer(
            host: configuration.httpHost, port: configuration.httpPort, metrics: instance.metrics,
            readiness: { instance.readiness }, logger: logger)
        let http = operations.makeService { port in
            logger.info("operations endpoints listening", metadata: ["port": "\(port)"])
        }
        // Shut down in reverse order: the runner stops consuming, then the relay drains, then HTTP goes away.
        let group = ServiceGroup(configuration: .init(
            services: [
                .init(service: http), .init(service: pruner), .init(service: instance.relay), .init(service: instance.runner),
            ],
            gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}

extension ServiceInstance {
    /// Ready when the runner has joined its topics, the outbox is not piling up, and the calendar has not had to
    /// guess a year.
    var readiness: ReadinessReport {
        var problems: [String] = []
        if !runner.isSubscribed { problems.append("not yet consuming") }
        if let backlog = try? database.read({ db in try Outbox.backlog(in: db) }), backlog > 100_000 {
            problems.append("\(backlog) events wait in the outbox")
        }
        problems += calendar?.missingYearProblems ?? []
        return ReadinessReport(problems: problems)
    }
}
