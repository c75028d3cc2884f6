import Broker
import BusinessTime
import Contracts
import Foundation
import Kafka
import Logging

/// Everything a service process needs to start, resolved from one dictionary of settings: the environment, with
/// command-line options laid over it (same names; see `ServiceOptions`).
public struct ServiceConfiguration: Sendable {
    /// The service's name: its consumer group, its `ce_source`, its metrics label.
    public var service: String
    public var kafka: KafkaConfiguration
    public var databasePath: String
    public var httpHost: String
    /// 0 picks a free port (tests, several services on one machine).
    public var httpPort: Int
    public var clock: ClockConfiguration
    public var topicsDirectory: URL
    public var calendarDirectory: URL
    public var unitsFile: URL?
    /// The service's data folder (rules, directories, models).
    public var dataDirectory: URL
    public var logLevel: Logger.Level
    public var batchSize: Int
    public var retention: Retention
    /// How the service's consumer belongs to its group (static membership, session timeout).
    public var membership: GroupMembership

    /// The setting names, as environment variables.
    public enum Key {
        public static let database = "COMPLAINTS_DATABASE"
        public static let httpHost = "COMPLAINTS_HTTP_HOST"
        public static let httpPort = "COMPLAINTS_HTTP_PORT"
        public static let clock = "COMPLAINTS_CLOCK"
        public static let clockStart = "COMPLAINTS_CLOCK_START"
        public static let clockAnchor = "COMPLAINTS_CLOCK_ANCHOR"
        public static let clockSpeed = "COMPLAINTS_CLOCK_SPEED"
        public static let calendarDirectory = "COMPLAINTS_CALENDAR_DIR"
        public static let unitsFile = "COMPLAINTS_UNITS_FILE"
        public static let dataDirectory = "COMPLAINTS_DATA_DIR"
        public static let stateDirectory = "COMPLAINTS_STATE_DIR"
        public static let logLevel = "COMPLAINTS_LOG_LEVEL"
        public static let batchSize = "COMPLAINTS_BATCH_SIZE"
        public static let inboxRetentionDays = "COMPLAINTS_INBOX_RETENTION_DAYS"
        public static let outboxRetentionDays = "COMPLAINTS_OUTBOX_RETENTION_DAYS"
        public static let pruneIntervalMinutes = "COMPLAINTS_PRUNE_INTERVAL_MINUTES"
        /// The consumer's `group.instance.id`; empty for dynamic membership. Default: the service's name.
        public static let groupInstanceID = "COMPLAINTS_GROUP_INSTANCE_ID"
        public static let sessionTimeout = "COMPLAINTS_SESSION_TIMEOUT_MS"
        public static let securityProtocol = "KAFKA_SECURITY_PROTOCOL"
        public static let saslMechanism = "KAFKA_SASL_MECHANISM"
        public static let saslUsername = "KAFKA_SASL_USERNAME"
        public static let saslPassword = "KAFKA_SASL_PASSWORD"
        public static let tlsCALocation = "KAFKA_SSL_CA_LOCATION"
    }

    /// Where `service` keeps its SQLite file when `COMPLAINTS_DATABASE` does not say: `<name>.sqlite` in the state
    /// directory. Operator commands that open a service's store beside it find it the same way.
    public static func defaultDatabasePath(service: String, settings: [String: String]) -> String {
        "\(settings[Key.stateDirectory] ?? "services/\(service)/data")/\(service).sqlite"
    }

    /// Resolves every setting, collecting every problem before throwing, so one start tells the operator all of them.
    public static func resolve(
        service: String, settings: [String: String], currentDirectory: URL
    ) throws(ConfigurationError) -> ServiceConfiguration {
        var problems: [String] = []
        let topicsDirectory = TopicCatalogue.locateDirectory(environment: settings, currentDirectory: currentDirectory)
        if topicsDirectory == nil {
            problems.append("no topics directory: set \(TopicCatalogue.directoryVariable) or run from the repository")
        }
        let bootstrap: String
        do { bootstrap = try BootstrapFile.servers(environment: settings) } catch {
            problems.append("\(error)")
            bootstrap = ""
        }
        var kafka = KafkaConfiguration(bootstrapServers: bootstrap, clientID: service)
        if let raw = settings[Key.securityProtocol] {
            if let value = KafkaConfiguration.SecurityProtocol(rawValue: raw) { kafka.securityProtocol = value } else {
                problems.append("\(Key.securityProtocol)=\(raw) is not one of plaintext, ssl, sasl_plaintext, sasl_ssl")
            }
        }
        if let mechanism = settings[Key.saslMechanism] {
            if let username = settings[Key.saslUsername], let password = settings[Key.saslPassword] {
                kafka.sasl = .init(mechanism: mechanism, username: username, password: password)
            } else {
                problems.append("\(Key.saslMechanism) needs \(Key.saslUsername) and \(Key.saslPassword)")
            }
        }
        kafka.tlsCALocation = settings[Key.tlsCALocation]

        func integer(_ key: String, default value: Int, in range: ClosedRange<Int>) -> Int {
            guard let raw = settings[key] else { return value }
            guard let number = Int(raw), range.contains(number) else {
                problems.append("\(key)=\(raw) is not a whole number in \(range.lowerBound)...\(range.upperBound)")
                return value
            }
            return number
        }
        let httpPort = integer(Key.httpPort, default: 0, in: 0...65_535)
        let batchSize = integer(Key.batchSize, default: 1_000, in: 1...100_000)
        let retention = Retention(
            inboxDays: settings[Key.inboxRetentionDays] == nil ? nil : integer(Key.inboxRetentionDays, default: 0, in: 1...36_500),
            sentOutboxDays: integer(Key.outboxRetentionDays, default: Retention.defaultSentOutboxDays, in: 0...36_500),
            interval: .seconds(60 * integer(Key.pruneIntervalMinutes, default: 60, in: 1...10_080)))
        // librdkafka's own bounds; a real broker narrows them (6 s to 30 min by default) and refuses the join otherwise.
        let sessionTimeout = integer(
            Key.sessionTimeout, default: Int(GroupMembership.defaultSessionTimeout / .milliseconds(1)),
            in: 1_000...3_600_000)
        var instanceID: String? = settings[Key.groupInstanceID] ?? service
        if instanceID == "" { instanceID = nil }
        if let id = instanceID, let problem = GroupMembership.problem(withInstanceID: id) {
            problems.append("\(Key.groupInstanceID)=\(id) \(problem)")
        }
        let clock: ClockConfiguration
        do {
            clock = try ClockConfiguration(
                kind: settings[Key.clock], start: settings[Key.clockStart], anchor: settings[Key.clockAnchor],
                speed: settings[Key.clockSpeed])
        } catch {
            problems.append("clock: \(error)")
            clock = .system
        }
        let logLevel = settings[Key.logLevel].map { raw in
            Logger.Level(rawValue: raw) ?? {
                problems.append("\(Key.logLevel)=\(raw) is not one of trace, debug, info, notice, warning, error, critical")
                return .info
            }()
        } ?? .info
        let configuration = ServiceConfiguration(
            service: service, kafka: kafka,
            databasePath: settings[Key.database] ?? defaultDatabasePath(service: service, settings: settings),
            httpHost: settings[Key.httpHost] ?? "127.0.0.1", httpPort: httpPort, clock: clock,
            topicsDirectory: topicsDirectory ?? currentDirectory,
            calendarDirectory: URL(fileURLWithPath: settings[Key.calendarDirectory] ?? "services/calendar", isDirectory: true),
            unitsFile: settings[Key.unitsFile].map { URL(fileURLWithPath: $0) },
            dataDirectory: URL(fileURLWithPath: settings[Key.dataDirectory] ?? "services/\(service)", isDirectory: true),
            logLevel: logLevel, batchSize: batchSize, retention: retention,
            membership: GroupMembership(instanceID: instanceID, sessionTimeout: .milliseconds(sessionTimeout)))
        guard problems.isEmpty else { throw ConfigurationError(service: service, problems: problems) }
        return configuration
    }

    /// One line per setting, secrets hidden, printed at start so the log says what the process runs with.
    public var summary: String {
        var lines = [
            "service \(service)",
            "kafka \(kafka.bootstrapServers) (\(kafka.securityProtocol.rawValue)\(kafka.sasl.map { ", sasl \($0.mechanism) as \($0.username), password hidden" } ?? ""))",
            "database \(databasePath)",
            "http \(httpHost):\(httpPort == 0 ? "any free port" : String(httpPort))",
            "clock \(clock)",
            "topics \(topicsDirectory.path)",
            "data \(dataDirectory.path)",
            "calendar \(calendarDirectory.path)",
            "batch \(batchSize) messages",
            "group \(service) as \(membership.instanceID.map { "static member \($0)" } ?? "a dynamic member"), session timeout "
                + "\(membership.sessionTimeout), heartbeat every \(membership.heartbeatInterval)",
            "log level \(logLevel.rawValue)",
            "inbox kept \(retention.inboxDays.map { "\($0) days" } ?? "as long as its topics keep messages"), "
                + "sent events \(retention.sentOutboxDays) days, pruned every \(retention.interval.components.seconds / 60) minutes",
        ]
        if let unitsFile { lines.append("units \(unitsFile.path)") }
        return lines.joined(separator: "\n")
    }
}

/// Every problem found in a service's settings at once.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public var service: String
    public var problems: [String]

    public var description: String {
        "\(service) cannot start, its configuration has \(problems.count) problem(s):\n"
            + problems.map { "  - \($0)" }.joined(separator: "\n")
    }
}
