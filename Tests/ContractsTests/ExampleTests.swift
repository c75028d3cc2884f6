import Contracts
import Foundation
import TestFixtures
import Testing

/// What the examples show beyond their schemas; `SchemaValidatorTests` and `PayloadTests` validate them.
@Suite struct ExampleTests {
    private struct Pair {
        let example: [String: Any]
        let schema: [String: Any]
    }

    private func pair(for type: MessageType) throws -> Pair {
        let directory = RepositoryFiles.topics
        return try Pair(
            example: jsonObject(at: directory.appendingPathComponent("examples/\(type.rawValue).json")),
            schema: jsonObject(at: directory.appendingPathComponent("schemas/\(type.schemaFileName)"))
        )
    }

    @Test(arguments: MessageType.allCases)
    func ticketNumbersAreNonEmpty(type: MessageType) throws {
        let pair = try pair(for: type)
        guard let ticketNo = pair.example["ticketNo"] else {
            // Only dead letters and scores that are not about one ticket (S8, reports) lack a ticket number.
            #expect([MessageType.messageRejected, .reportPublished].contains(type))
            return
        }
        let text = try #require(ticketNo as? String)
        #expect(text.hasPrefix("95598-"))
    }

    @Test func closedComplaintsMaskPersonalData() throws {
        let pair = try pair(for: .complaintClosed)
        let customer = try #require(pair.example["customer"] as? [String: Any])
        for field in ["account", "name", "phone"] {
            let value = try #require(customer[field] as? String)
            #expect(value.contains("*"), "\(field) is not masked")
        }
        #expect(customer["address"] == nil)
        #expect(pair.example["text"] == nil)
    }
}
