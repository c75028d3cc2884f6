/// A service in one place: its name, what it does, and how its definition is built from its data folder. The
/// executable, the replay, `scripts/run`, the Dockerfile and docker-compose all follow from the list of entries.
public struct ServiceEntry: Sendable {
    /// The executable's and the consumer group's name.
    public var name: String
    /// One line for `--help` and `complaints services`.
    public var summary: String
    /// Reads the service's data files and builds its definition; a bad file stops the start with every problem.
    public var load: @Sendable (ServiceData) throws -> ServiceDefinition

    public init(name: String, summary: String, load: @escaping @Sendable (ServiceData) throws -> ServiceDefinition) {
        self.name = name
        self.summary = summary
        self.load = load
    }
}
