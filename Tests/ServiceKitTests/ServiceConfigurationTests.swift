import Foundation
import ServiceKit
import TestFixtures
import Testing

@Suite struct ServiceConfigurationTests {
    private let repository = RepositoryFiles.root

    @Test func optionsOverrideTheEnvironmentAndDefaultsFillTheRest() throws {
        let options = try ServiceOptions.parse(["--http-port", "9102"])
        let settings = options.settings(over: [
            "KAFKA_BOOTSTRAP_SERVERS": "kafka-1:9092", "COMPLAINTS_HTTP_PORT": "9999", "COMPLAINTS_BATCH_SIZE": "250",
        ])
        let configuration = try ServiceConfiguration.resolve(service: "intake", settings: settings, currentDirectory: repository)
        #expect(configuration.httpPort == 9102)
        #expect(configuration.batchSize == 250)
        #expect(configuration.kafka.bootstrapServers == "kafka-1:9092")
        #expect(configuration.kafka.clientID == "intake")
        #expect(configuration.databasePath == "services/intake/data/intake.sqlite")
        #expect(configuration.clock == .system)
        #expect(configuration.topicsDirectory.lastPathComponent == "topics")
    }

    @Test func everyProblemIsReportedAtOnce() {
        #expect {
            _ = try ServiceConfiguration.resolve(
                service: "routing",
                settings: [
                    "KAFKA_BOOTSTRAP_SERVERS": "kafka-1:9092", "COMPLAINTS_HTTP_PORT": "eighty",
                    "COMPLAINTS_BATCH_SIZE": "0", "COMPLAINTS_CLOCK": "accelerated", "COMPLAINTS_LOG_LEVEL": "loud",
                    "KAFKA_SASL_MECHANISM": "PLAIN",
                ],
                currentDirectory: repository)
        } throws: { error in
            guard let error = error as? ConfigurationError else { return false }
            let text = error.description
            return error.problems.count == 5 && text.contains("COMPLAINTS_HTTP_PORT=eighty")
                && text.contains("COMPLAINTS_BATCH_SIZE=0") && text.contains("clock")
                && text.contains("COMPLAINTS_LOG_LEVEL=loud") && text.contains("KAFKA_SASL_USERNAME")
        }
    }

    @Test func theSummaryNeverShowsTheSASLPassword() throws {
        let configuration = try ServiceConfiguration.resolve(
            service: "scoring",
            settings: [
                "KAFKA_BOOTSTRAP_SERVERS": "kafka-1:9093", "KAFKA_SECURITY_PROTOCOL": "sasl_ssl",
                "KAFKA_SASL_MECHANISM": "SCRAM-SHA-512", "KAFKA_SASL_USERNAME": "scoring", "KAFKA_SASL_PASSWORD": "s3cret!",
            ],
            currentDirectory: repository)
        #expect(!configuration.summary.contains("s3cret!"))
        #expect(configuration.summary.contains("sasl SCRAM-SHA-512 as scoring"))
    }
}
