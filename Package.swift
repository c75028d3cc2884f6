// swift-tools-version: 6.1
import PackageDescription

/// Settings every Swift target of ours shares: Swift 6 language mode and explicit `any`.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

/// A service's targets: its library (the logic, on ServiceKit), its thin executable (`ServiceMain.run(entry)`) and its
/// tests. Adding a service is one line in `services` below and one in `AllServices`, beside its code and its data
/// folder `services/<name>/`; scripts/run, the Dockerfile and docker-compose follow from `complaints services`.
struct ServiceTargets {
    var name: String
    var library: String
    var dependencies: [Target.Dependency] = []
    var testDependencies: [Target.Dependency] = []

    var targets: [Target] {
        let shared: [Target.Dependency] = [
            "ServiceKit", "ServiceStore", "Contracts", "BusinessTime",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Logging", package: "swift-log"),
        ]
        return [
            .target(name: library, dependencies: shared + dependencies, swiftSettings: strictSettings),
            .executableTarget(
                name: name, dependencies: [.target(name: library), "ServiceKit"], swiftSettings: strictSettings),
            .testTarget(
                name: library + "Tests", dependencies: shared + [.target(name: library), "TestFixtures"] + testDependencies,
                swiftSettings: strictSettings),
        ]
    }

    var product: Product { .executable(name: name, targets: [name]) }
}

/// The services, in the order of the pipeline.
let services = [
    // Intake: validation, the ticket register, classification, repeat demands (R1–R3), risk (R6), first owner (P1),
    // which the unit directory (Units) names and places by area.
    ServiceTargets(
        name: "intake", library: "IntakeService", dependencies: ["CivilTime", "TicketClassification", "Units"],
        testDependencies: ["TicketClassification", "Units"]),
    // Routing: the unit directory, routing rules, first owner (P1), transfers, escalation re-routing (P2), people.
    ServiceTargets(name: "routing", library: "RoutingService", dependencies: ["HandlingLadder", "Units"],
                   testDependencies: ["HandlingLadder", "Units", "AllServices", "TestSupport"]),
    // Escalation: every step timed on the working-day calendar (H2–H10, the national bounds), urges and misses, moves
    // up the ladder (P2), supervision (C2), the clock paused for the customer, early warning (E3–E8), promises (R5).
    ServiceTargets(name: "escalation", library: "EscalationService", dependencies: ["HandlingLadder"],
                   testDependencies: ["HandlingLadder", "AllServices", "TestSupport"]),
    // Callback: callbacks after every result (C1, C3, H10), their outcomes (C2, unreachable tries), and the closed
    // ticket's whole story (S1, S11, R4), told once.
    ServiceTargets(name: "callback", library: "CallbackService", dependencies: ["HandlingLadder"],
                   testDependencies: ["HandlingLadder", "AllServices", "TestSupport"]),
    // Scoring: each unit's ledger with its evidence (S2–S9, R7), the KPIs kept per day (S12), and the daily, weekly and
    // monthly reports (S10, C4).
    ServiceTargets(name: "scoring", library: "ScoringService", dependencies: ["Units", "ScoringReports", "CivilTime"],
                   testDependencies: ["Units", "ScoringReports", "AllServices", "TestSupport"]),
]

/// A benchmark of services on the embedded broker: the runtime, its fixtures and `extra`.
func serviceBenchmark(_ name: String, _ extra: [Target.Dependency] = []) -> Target {
    .executableTarget(
        name: name,
        dependencies: extra + [
            "ServiceKit", "ServiceStore", "Contracts", "Kafka", "Broker", "BusinessTime", "TestSupport", "TestFixtures",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ],
        swiftSettings: strictSettings)
}

let package = Package(
    name: "Complaints",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "devbroker", targets: ["devbroker"]),
        .executable(name: "complaints", targets: ["complaints"]),
        .executable(name: "kafka-bench", targets: ["kafka-bench"]),
        .executable(name: "runtime-bench", targets: ["runtime-bench"]),
        .executable(name: "deadline-bench", targets: ["deadline-bench"]),
        .executable(name: "replay-bench", targets: ["replay-bench"]),
        .executable(name: "routing-bench", targets: ["routing-bench"]),
        .executable(name: "escalation-bench", targets: ["escalation-bench"]),
        .executable(name: "callback-bench", targets: ["callback-bench"]),
        .executable(name: "scoring-bench", targets: ["scoring-bench"]),
        .executable(name: "intake-bench", targets: ["intake-bench"]),
    ] + services.map(\.product),
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // librdkafka through pkg-config (Debian: librdkafka-dev 2.0.2). Only `Kafka` imports it.
        .systemLibrary(
            name: "CRdKafka",
            pkgConfig: "rdkafka",
            providers: [.apt(["librdkafka-dev"])]
        ),
        .target(
            name: "Kafka",
            dependencies: [
                "CRdKafka",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        // Civil dates, RFC 3339 date-times and Beijing time as plain arithmetic: what the contracts and the business
        // calendar both read and write, with no time-zone database.
        .target(name: "CivilTime", swiftSettings: strictSettings),
        .target(name: "Contracts", dependencies: ["CivilTime"], swiftSettings: strictSettings),
        // Reaching the broker: its bootstrap address, and the topic catalogue in Kafka's terms.
        .target(name: "Broker", dependencies: ["Kafka", "Contracts"], swiftSettings: strictSettings),
        // Time as the services see it: injected clocks and the working-day calendar. Plain values, no I/O but files.
        .target(name: "BusinessTime", dependencies: ["CivilTime"], swiftSettings: strictSettings),
        // The handling ladder (H2–H10, C1, C3) and the national bounds: who acts at each step, its limit as data, and
        // when it is due on the working-day calendar. Shared by routing and escalation; plain values, no I/O.
        // ServiceKit only to read the limits file beside a service's data folder (`ServiceData.sharedLadder()`).
        .target(name: "HandlingLadder", dependencies: ["BusinessTime", "Contracts", "ServiceKit"], swiftSettings: strictSettings),
        // A service's own SQLite database (GRDB): opening, migrations, and the inbox, outbox and offset tables.
        .target(
            name: "ServiceStore",
            dependencies: [
                "Kafka",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        // What every service runs on: the inbox/outbox runner, the relay, dead letters, lifecycle, metrics, HTTP.
        .target(
            name: "ServiceKit",
            dependencies: [
                "Kafka", "Contracts", "Broker", "BusinessTime", "ServiceStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: strictSettings
        ),
        // The bureau's units and their people (the shared units file): intake takes first owners from it, routing
        // places tickets with it, scoring names and counts the units. ServiceKit only to read the file beside a
        // service's data folder.
        .target(name: "Units", dependencies: ["Contracts", "ServiceKit"], swiftSettings: strictSettings),
        // A period's report as plain values, and its renderings: self-contained HTML with SVG charts, CSV and JSON.
        // Scoring builds it from its aggregates; `complaints report --period` writes it. No I/O.
        .target(name: "ScoringReports", dependencies: ["Contracts", "CivilTime"], swiftSettings: strictSettings),
        // The intake's text classifier (Chinese customer words → category) and its evaluation: plain values, no I/O
        // but reading the model file.
        .target(name: "TicketClassification", dependencies: ["Contracts"], swiftSettings: strictSettings),
        // What every test target may need, with no dependencies: the repository's files, waiting for a condition,
        // and the phone forms callers type.
        .target(name: "TestFixtures", swiftSettings: strictSettings),
        // Every service's entry, in pipeline order: what `complaints` (replay, services) runs.
        .target(
            name: "AllServices", dependencies: ["ServiceKit"] + services.map { .target(name: $0.library) },
            swiftSettings: strictSettings),
        // Fakes and fixtures for the tests and the benchmarks: a pass-through service, cluster and topic helpers.
        .target(
            name: "TestSupport",
            dependencies: [
                "ServiceKit", "ServiceStore", "Contracts", "Kafka", "Broker", "BusinessTime", "TestFixtures",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSettings
        ),
        // The benchmark's baseline: the same work written against librdkafka's C API directly.
        .target(name: "KafkaBaseline", dependencies: ["CRdKafka"]),
        .executableTarget(
            name: "devbroker",
            dependencies: [
                "Kafka", "Contracts", "Broker",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "complaints",
            dependencies: [
                "Kafka", "Contracts", "Broker", "ServiceKit", "ServiceStore", "BusinessTime", "AllServices", "IntakeService",
                "TicketClassification", "ScoringService", "ScoringReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "kafka-bench",
            dependencies: [
                "Kafka", "KafkaBaseline", "TestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        serviceBenchmark("replay-bench", ["AllServices"]),
        serviceBenchmark("routing-bench", ["RoutingService", "Units"]),
        serviceBenchmark("escalation-bench", ["EscalationService", "HandlingLadder"]),
        serviceBenchmark("callback-bench", ["CallbackService", "HandlingLadder"]),
        serviceBenchmark("scoring-bench", ["ScoringService", "Units", "ScoringReports"]),
        serviceBenchmark("deadline-bench"),
        serviceBenchmark("runtime-bench"),
        serviceBenchmark("intake-bench", ["IntakeService"]),
        .testTarget(name: "KafkaTests", dependencies: ["Kafka", "TestFixtures"], swiftSettings: strictSettings),
        .testTarget(
            name: "BrokerTests", dependencies: ["Broker", "Kafka", "Contracts", "TestFixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "CivilTimeTests", dependencies: ["CivilTime"], swiftSettings: strictSettings),
        .testTarget(name: "ContractsTests", dependencies: ["Contracts", "TestFixtures"], swiftSettings: strictSettings),
        .testTarget(
            name: "BusinessTimeTests", dependencies: ["BusinessTime", "TestFixtures"], swiftSettings: strictSettings
        ),
        // ServiceKit only to read the shipped and broken limits files the way the services do (`ServiceData`).
        .testTarget(
            name: "HandlingLadderTests", dependencies: ["HandlingLadder", "BusinessTime", "Contracts", "ServiceKit", "TestFixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ServiceKitTests",
            dependencies: [
                "ServiceKit", "ServiceStore", "Kafka", "Contracts", "Broker", "BusinessTime", "TestSupport",
                "TestFixtures",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ComplaintsCLITests",
            dependencies: [
                "complaints", "AllServices", "Broker", "Kafka", "Contracts", "ServiceKit", "ServiceStore", "TestSupport",
                "TestFixtures", "ScoringReports", "ScoringService", "Units", "BusinessTime",
            ],
            swiftSettings: strictSettings
        ),
        // Routing's pure domain (issue 12): the unit directory, the routing rules, and the decisions on first
        // assignment, transfers (P1), escalation re-routing (P2) and the person inside a unit. Plain values and data
        // files; the service (handlers, store, executable) joins `services` when it is wired.
        .testTarget(name: "ScoringReportsTests", dependencies: ["ScoringReports", "TestFixtures"], swiftSettings: strictSettings),
        .testTarget(
            name: "TicketClassificationTests", dependencies: ["TicketClassification", "Contracts", "TestFixtures"],
            exclude: ["corpus.jsonl", "heldout.jsonl", "heldout-traditional.jsonl"],  // read from #filePath, not a resource
            swiftSettings: strictSettings
        ),
    ] + services.flatMap(\.targets)
)
