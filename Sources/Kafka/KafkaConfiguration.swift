/// Settings every client shares: where the cluster is, who we are, how we authenticate, plus a pass-through for any
/// librdkafka property (https://github.com/confluentinc/librdkafka/blob/v2.0.2/CONFIGURATION.md).
public struct KafkaConfiguration: Sendable {
    /// How the client talks to the brokers.
    public enum SecurityProtocol: String, Sendable {
        case plaintext, ssl
        case saslPlaintext = "sasl_plaintext"
        case saslSSL = "sasl_ssl"
    }

    /// SASL credentials, for `saslPlaintext` and `saslSSL`.
    public struct SASL: Sendable {
        /// `PLAIN`, `SCRAM-SHA-256`, `SCRAM-SHA-512` (what librdkafka's build supports).
        public var mechanism: String
        public var username: String
        public var password: String

        public init(mechanism: String, username: String, password: String) {
            self.mechanism = mechanism
            self.username = username
            self.password = password
        }
    }

    /// `host:port[,host:port…]`.
    public var bootstrapServers: String
    /// Shows up in broker logs and quotas; use the service name.
    public var clientID: String
    public var securityProtocol: SecurityProtocol
    public var sasl: SASL?
    /// CA bundle for TLS (`ssl.ca.location`).
    public var tlsCALocation: String?
    /// Any other librdkafka property, applied last so it can override a typed setting.
    public var properties: [String: String]

    public init(
        bootstrapServers: String, clientID: String = "complaints",
        securityProtocol: SecurityProtocol = .plaintext, sasl: SASL? = nil, tlsCALocation: String? = nil,
        properties: [String: String] = [:]
    ) {
        self.bootstrapServers = bootstrapServers
        self.clientID = clientID
        self.securityProtocol = securityProtocol
        self.sasl = sasl
        self.tlsCALocation = tlsCALocation
        self.properties = properties
    }

    /// The librdkafka properties this value stands for, in the order they are applied.
    var librdkafkaProperties: [(String, String)] {
        var list: [(String, String)] = [
            ("bootstrap.servers", bootstrapServers),
            ("client.id", clientID),
            ("security.protocol", securityProtocol.rawValue),
        ]
        if let sasl {
            list += [("sasl.mechanisms", sasl.mechanism), ("sasl.username", sasl.username),
                     ("sasl.password", sasl.password)]
        }
        if let tlsCALocation { list.append(("ssl.ca.location", tlsCALocation)) }
        return list
    }
}

extension Duration {
    /// Whole milliseconds, for librdkafka's `*.ms` properties and timeouts.
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }

    /// Milliseconds as librdkafka's `int` timeout arguments, saturated.
    var timeoutMilliseconds: Int32 { Int32(clamping: milliseconds) }
}

/// Overrides appended after the typed settings: typed first, then the pass-through dictionary in key order so that
/// the same configuration always yields the same property sequence.
func ordered(_ typed: [(String, String)], passThrough: [String: String]) -> [(String, String)] {
    typed + passThrough.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
}
