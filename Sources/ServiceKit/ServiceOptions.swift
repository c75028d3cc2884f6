import ArgumentParser
import Broker
import Foundation

/// The command-line options every service executable takes; each overrides the environment variable of the same
/// setting (shown in its help), so a deployment can use either.
public struct ServiceOptions: ParsableArguments, Sendable {
    @Option(help: "Kafka bootstrap servers (env KAFKA_BOOTSTRAP_SERVERS; else the embedded broker's .run/bootstrap.servers).")
    public var bootstrapServers: String?
    @Option(help: "SQLite file of this service (env COMPLAINTS_DATABASE; default <state dir>/<name>.sqlite).")
    public var database: String?
    @Option(help: "Folder of the service's SQLite file when --database is not given (env COMPLAINTS_STATE_DIR; default services/<name>/data).")
    public var stateDirectory: String?
    @Option(help: "The service's data folder: rules, directories, models (env COMPLAINTS_DATA_DIR; default services/<name>).")
    public var data: String?
    @Option(help: "Address of /healthz, /readyz, /metrics (env COMPLAINTS_HTTP_HOST; default 127.0.0.1).")
    public var httpHost: String?
    @Option(help: "Port of /healthz, /readyz, /metrics; 0 = any free port (env COMPLAINTS_HTTP_PORT).")
    public var httpPort: String?
    @Option(help: "system, virtual or accelerated (env COMPLAINTS_CLOCK).")
    public var clock: String?
    @Option(help: "Accelerated clock: the business time at the anchor, RFC 3339 (env COMPLAINTS_CLOCK_START).")
    public var clockStart: String?
    @Option(help: "Accelerated clock: the real time that corresponds to the start, RFC 3339 (env COMPLAINTS_CLOCK_ANCHOR).")
    public var clockAnchor: String?
    @Option(help: "Accelerated clock: business seconds per real second (env COMPLAINTS_CLOCK_SPEED).")
    public var clockSpeed: String?
    @Option(help: "Directory of calendar files, one per year (env COMPLAINTS_CALENDAR_DIR; default services/calendar).")
    public var calendar: String?
    @Option(help: "Unit directory file (env COMPLAINTS_UNITS_FILE).")
    public var units: String?
    @Option(help: "trace, debug, info, notice, warning, error or critical (env COMPLAINTS_LOG_LEVEL).")
    public var logLevel: String?
    @Option(help: "Messages applied per SQLite transaction (env COMPLAINTS_BATCH_SIZE; default 1000).")
    public var batchSize: String?
    @Option(help: "Static group membership: this process's group.instance.id, unique per process of a service; empty for dynamic membership (env COMPLAINTS_GROUP_INSTANCE_ID; default the service's name).")
    public var groupInstanceID: String?
    @Option(help: "Consumer group session timeout in ms, 1000-3600000; a real broker wants at least 6000 (env COMPLAINTS_SESSION_TIMEOUT_MS; default 6000).")
    public var sessionTimeoutMs: String?

    @Option(help: "Days applied message ids are kept for dedupe; at least the longest retention of the service's topics, which is the default (env COMPLAINTS_INBOX_RETENTION_DAYS).")
    public var inboxRetentionDays: String?
    @Option(help: "Days published events stay in the outbox (env COMPLAINTS_OUTBOX_RETENTION_DAYS; default 7).")
    public var outboxRetentionDays: String?
    @Option(help: "Minutes between pruning rounds (env COMPLAINTS_PRUNE_INTERVAL_MINUTES; default 60).")
    public var pruneIntervalMinutes: String?

    public init() {}

    /// The environment with these options laid over it.
    public func settings(over environment: [String: String]) -> [String: String] {
        typealias Key = ServiceConfiguration.Key
        let options: [String: String?] = [
            BootstrapFile.serversVariable: bootstrapServers, Key.database: database, Key.stateDirectory: stateDirectory,
            Key.dataDirectory: data, Key.httpHost: httpHost,
            Key.httpPort: httpPort, Key.clock: clock, Key.clockStart: clockStart, Key.clockAnchor: clockAnchor,
            Key.clockSpeed: clockSpeed, Key.calendarDirectory: calendar, Key.unitsFile: units, Key.logLevel: logLevel,
            Key.batchSize: batchSize, Key.inboxRetentionDays: inboxRetentionDays,
            Key.outboxRetentionDays: outboxRetentionDays, Key.pruneIntervalMinutes: pruneIntervalMinutes,
            Key.groupInstanceID: groupInstanceID, Key.sessionTimeout: sessionTimeoutMs,
        ]
        return environment.merging(options.compactMapValues { $0 }) { _, option in option }
    }

    /// Resolves the configuration of `service` from these options and the process's environment.
    public func configuration(service: String) throws(ConfigurationError) -> ServiceConfiguration {
        try ServiceConfiguration.resolve(
            service: service, settings: settings(over: ProcessInfo.processInfo.environment),
            currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true))
    }
}
