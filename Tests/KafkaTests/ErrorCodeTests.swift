import Foundation
import Kafka
import TestFixtures
import Testing

@Suite("Error codes")
struct ErrorCodeTests {
    @Test("every generated constant carries the value librdkafka gives its name")
    func generatedConstantsMatchLibrdkafka() throws {
        let file = RepositoryFiles.file("Sources/Kafka/KafkaErrorCode+Codes.swift")
        let text = try String(contentsOf: file, encoding: .utf8)
        let pattern = /`RD_KAFKA_RESP_ERR_(\w+)` \((?:client-side|broker), (-?\d+)\)/
        let documented = text.matches(of: pattern).map { (String($0.output.1), Int32($0.output.2)!) }
        #expect(documented.count > 150)
        for (name, value) in documented {
            #expect(KafkaErrorCode(rawValue: value).name == name, "\(name) = \(value)")
        }
    }
}
