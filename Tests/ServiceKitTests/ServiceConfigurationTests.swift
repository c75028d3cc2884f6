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

    @Test func aServiceIsAStaticMemberNamedAfterItselfWithASixSecondSessionByDefault() throws {
        let configuration = try ServiceConfiguration.resolve(
            service: "intake", settings: ["KAFKA_BOOTSTRAP_SERVERS": "kafka-1:9092"], currentDirectory: repository)
        #expect(configuration.membership == GroupMembership(instanceID: "intake", sessionTimeout: .seconds(6)))
        #expect(configuration.membership.heartbeatInterval == .seconds(1))
        #expect(configuration.summary.contains("group intake as static member intake, session timeout 6.0 seconds"))
    }

    @Test func theGroupMembershipComesFromTheEnvironmentOrTheOptions() throws {
        let options = try ServiceOptions.parse(["--session-timeout-ms", "3000"])
        let settings = options.settings(over: [
            "KAFKA_BOOTSTRAP_SERVERS": "kafka-1:9092", "COMPLAINTS_GROUP_INSTANCE_ID": "intake-b",
            "COMPLAINTS_SESSION_TIMEOUT_MS": "45000",
        ])
        let configuration = try ServiceConfiguration.resolve(service: "intake", settings: settings, currentDirectory: repository)
        #expect(configuration.membership == GroupMembership(instanceID: "intake-b", sessionTimeout: .seconds(3)))
        #expect(configuration.membership.heartbeatInterval == .milliseconds(500))

        let dynamic = try ServiceConfiguration.resolve(
            service: "intake", settings: ["KAFKA_BOOTSTRAP_SERVERS": "kafka-1:9092", "COMPLAINTS_GROUP_INSTANCE_ID": ""],
            currentDirectory: repository)
        #expect(dynamic.membership.instanceID == nil)
        #expect(dynamic.summary.contains("group intake as a dynamic member"))
    }

    @Test func aBadInstanceIDAndSessionTimeoutAreBothReported() {
        #expect {
            _ = try ServiceConfiguration.resolve(
                service: "intake",
                settings: [
                    "KAFKA_BOOTSTRAP_SERVERS": "kafka-1:9092", "COMPLAINTS_GROUP_INSTANCE_ID": "intake on host 2",
                    "COMPLAINTS_SESSION_TIMEOUT_MS": "500",
                ],
                currentDirectory: repository)
        } throws: { error in
            guard let error = error as? ConfigurationError else { return false }
            let text = error.description
            return error.problems.count == 2
                && text.contains("COMPLAINTS_GROUP_INSTANCE_ID=intake on host 2 has characters other than a-z A-Z 0-9 . _ -")
                && text.contains("COMPLAINTS_SESSION_TIMEOUT_MS=500 is not a whole number in 1000...3600000")
        }
    }

    @Test(arguments: ["intake", "intake-2.host_a", String(repeating: "a", count: 249)])
    func anInstanceIDOfKafkasCharactersIsAccepted(id: String) {
        #expect(GroupMembership.problem(withInstanceID: id) == nil)
    }

    @Test(arguments: [".", "..", "intake/1", "受理", String(repeating: "a", count: 250)])
    func anInstanceIDKafkasClientsWouldRefuseIsRefused(id: String) {
        #expect(GroupMembership.problem(withInstanceID: id) != nil)
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
