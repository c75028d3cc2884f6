import ArgumentParser
import Broker
@testable import complaints
import Contracts
import Foundation
import Kafka
import Logging
import TestFixtures
import TestSupport
import Testing

/// `complaints submit` against an in-process cluster: what an operator publishes is what the hotline would.
@Suite(.serialized) struct SubmitCommandTests {
    @Test func aTicketFromFlagsIsPublishedKeyedByTheCustomerWithItsEnvelope() async throws {
        let cluster = try CLICluster()
        let command = try SubmitCommand.parse([
            "--type", "complaint", "--category", "wrong-reading", "--area", "JY-MC", "--phone", "13904720001",
            "--named", "--text", "电费比上月高一倍", "--ticket-no", "95598-20260302-0001",
            "--received-at", "2026-03-02T09:00:00+08:00",
        ] + cluster.options)
        try await command.run()
        let messages = try await cluster.messages(on: .hotlineTickets)
        #expect(messages.count == 1)
        let message = try #require(messages.first)
        #expect(message.key.map { String(decoding: $0, as: UTF8.self) } == "13904720001")
        #expect(message.header("ce_type") == "ticket.submitted")
        #expect(message.header("ce_subject") == "95598-20260302-0001")
        let ticket = try ContractJSON.decode(TicketSubmitted.self, from: try #require(message.value))
        #expect(ticket.category == .wrongReading)
        #expect(ticket.customer.named)
        #expect(ticket.receivedAt == Timestamp.parse("2026-03-02T09:00:00+08:00"))
        withExtendedLifetime(cluster) {}
    }

    @Test func aFileWithOneBadTicketSendsNone() async throws {
        let cluster = try CLICluster()
        let valid = #"{"ticketNo":"T-1","channel":"95598","type":"complaint","customer":{"phone":"13904720001","named":true},"area":"JY-MC","text":"电费太高","receivedAt":"2026-03-02T09:00:00+08:00"}"#
        // A ticket number longer than the contract's 64 characters: the intake would dead-letter it, so the file is
        // refused.
        let badNumber = valid.replacingOccurrences(of: "T-1", with: "T-" + String(repeating: "2", count: 64))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("submit-\(UUID().uuidString).jsonl")
        try Data((valid + "\n" + badNumber + "\n").utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let command = try SubmitCommand.parse(["--file", file.path] + cluster.options)
        await #expect(throws: EnvelopeError.self) { try await command.run() }
        #expect(try await cluster.messages(on: .hotlineTickets).isEmpty)
        withExtendedLifetime(cluster) {}
    }

    @Test func withoutAFileTheTicketsFieldsAreRequired() {
        #expect(throws: (any Error).self) { _ = try SubmitCommand.parse(["--type", "complaint", "--area", "JY-MC"]) }
        #expect(throws: (any Error).self) {
            _ = try SubmitCommand.parse(["--type", "complaint", "--area", "JY-MC", "--text", "x", "--phone", "1", "--received-at", "yesterday"])
        }
    }

    @Test func aFileLineThatIsNotATicketIsNamed() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("submit-\(UUID().uuidString).jsonl")
        try Data("{\"ticketNo\":\"T-1\"}\n{\"ticketNo\":\"T-2\"}\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect { _ = try SubmitCommand.tickets(inFile: file.path) } throws: { error in
            "\(error)".contains("line 1")
        }
    }
}
