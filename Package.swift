// swift-tools-version: 6.1
import PackageDescription

/// Settings every Swift target of ours shares: Swift 6 language mode and explicit `any`.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Complaints",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "devbroker", targets: ["devbroker"]),
        .executable(name: "complaints", targets: ["complaints"]),
        .executable(name: "kafka-bench", targets: ["kafka-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
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
        .target(name: "Contracts", swiftSettings: strictSettings),
        // Reaching the broker: its bootstrap address, and the topic catalogue in Kafka's terms.
        .target(name: "Broker", dependencies: ["Kafka", "Contracts"], swiftSettings: strictSettings),
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
                "Kafka", "Contracts", "Broker",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "kafka-bench",
            dependencies: [
                "Kafka", "KafkaBaseline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "KafkaTests", dependencies: ["Kafka"], swiftSettings: strictSettings),
        .testTarget(name: "BrokerTests", dependencies: ["Broker", "Kafka", "Contracts"], swiftSettings: strictSettings),
        .testTarget(name: "ContractsTests", dependencies: ["Contracts"], swiftSettings: strictSettings),
    ]
)
