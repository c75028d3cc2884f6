import GRDB

/// A service's schema history: named steps applied once each, in order. Never edit a released step; add one.
public struct ServiceMigrations: Sendable {
    /// One versioned schema change.
    public struct Step: Sendable {
        public let name: String
        let apply: @Sendable (Database) throws -> Void

        public init(_ name: String, _ apply: @escaping @Sendable (Database) throws -> Void) {
            self.name = name
            self.apply = apply
        }
    }

    public let steps: [Step]

    public init(_ steps: [Step]) { self.steps = steps }

    /// No tables of the service's own (a pass-through service, or tests of the runtime).
    public static let none = ServiceMigrations([])

    func followed(by other: ServiceMigrations) -> ServiceMigrations { ServiceMigrations(steps + other.steps) }
}
