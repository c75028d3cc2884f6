import ArgumentParser
import Broker
@testable import complaints
import Contracts
import Foundation
import Kafka
import TestFixtures
import Testing

/// The people in the loop against an in-process cluster: a unit's report and a representative's callback reach their
/// topics as the services read them, a report the schema refuses sends nothing, and the callbacks list is read from
/// the broker.
@Suite(.serialized) struct OperatorCommandsTests {
    private static let ticket = "95598-20260302-0001"

    /// The one message on `topic`, checked as a consumer would.
    private func only(on topic: TopicName, of cluster: CLICluster) async throws -> (ConsumerMessage, IncomingEvent) {
        let messages = try await cluster.messages(on: topic)
        #expect(messages.count == 1)
        let message = try #require(messages.first)
        let event = try ContractCodec(catalogue: cluster.catalogue).decode(
            headers: message.headers.map { ($0.name, $0.value) }, value: message.value, topic: topic)
        #expect(message.key.map { String(decoding: $0, as: UTF8.self) } == Self.ticket)
        return (message, event)
    }

    @Test func aVerifiedReportAndACallbackOutcomeArePublishedKeyedByTheTicket() async throws {  // H2, C1
        let cluster = try CLICluster()
        let unit = ["--unit", "st-machi", "--by", "工作人员 李娜", "--at", "2026-03-02T09:40:00+08:00"]
        func report(_ arguments: [String]) throws -> any AsyncParsableCommand {
            try #require(try ReportCommand.parseAsRoot(arguments + cluster.options) as? any AsyncParsableCommand)
        }
        var badUnit = try report(
            ["verified", Self.ticket, "--responsibility", "station", "--unit", "st machi", "--by", "工作人员 李娜"])
        await #expect(throws: EnvelopeError.self) { try await badUnit.run() }
        var verified = try report(["verified", Self.ticket, "--responsibility", "station"] + unit)
        try await verified.run()
        let callback = try CallbackCommand.parse(
            [Self.ticket, "--outcome", "satisfied", "--method", "phone", "--by", "客户代表 张敏"] + cluster.options)
        try await callback.run()

        let (report, reported) = try await only(on: .unitsReports, of: cluster)
        #expect(report.header("ce_source") == "units")
        #expect(reported.attributes.time == Timestamp.parse("2026-03-02T09:40:00+08:00"))
        #expect(try reported.payload(as: HandlingVerified.self) == HandlingVerified(
            ticketNo: Self.ticket, unit: "st-machi", by: "工作人员 李娜", responsibility: .station))
        let (outcome, completed) = try await only(on: .callbacksResults, of: cluster)
        #expect(outcome.header("ce_source") == "customer-representatives")
        #expect(try completed.payload(as: CallbackCompleted.self) == CallbackCompleted(
            ticketNo: Self.ticket, by: "客户代表 张敏", outcome: .satisfied, method: .phone))
        withExtendedLifetime(cluster) {}
    }

    @Test func theCallbacksListIsReadFromTheTopics() async throws {  // C1, C3
        let cluster = try CLICluster()
        let codec = ContractCodec(catalogue: cluster.catalogue)
        func time(_ clock: String) -> Date { Timestamp.parse("2026-03-02T\(clock):00+08:00")! }
        func example<P: EventPayload>(_ type: P.Type) throws -> P {
            try ContractJSON.decode(P.self, from: Data(contentsOf: RepositoryFiles.topics.appending(
                path: "examples/\(P.messageType.rawValue).json")))
        }
        func due(_ ticket: String, by clock: String) -> CallbackDue {
            CallbackDue(ticketNo: ticket, unit: "st-machi", dueAt: time(clock), step: .c1, attempt: 1, named: true)
        }
        var closed = try example(ComplaintClosed.self)
        closed.ticketNo = "T-3"
        closed.closedAt = time("12:00")
        var recorded = try example(CallbackRecorded.self)
        recorded.ticketNo = "T-2"
        let published: [(any EventPayload, Date)] = [
            (try example(ComplaintAssigned.self), time("09:00")),
            (due("T-1", by: "10:10"), time("10:00")), (due("T-2", by: "10:05"), time("09:55")),
            (recorded, time("10:03")), (due("T-3", by: "09:50"), time("09:40")), (closed, time("12:00")),
            (due("T-4", by: "09:45"), time("09:35")),
            (CallbackOverdue(ticketNo: "T-4", unit: "st-machi", dueAt: time("09:45"), step: .c1, attempt: 1), time("09:45")),
        ]
        let options = try ClusterOptions.parse(cluster.options)
        try await options.send(published.map { payload, at in
            try codec.encode(payload, id: UUID().uuidString, source: "callback", time: at)
        })

        let (open, skipped) = try await CallbacksCommand.read(cluster: options, timeout: .seconds(20))
        #expect(skipped == 0)
        #expect(open.entries.map(\.line) == [
            "T-4\tst-machi\tstation\t2026-03-02T09:45:00+08:00\tC1\tattempt 1\toverdue",
            "T-1\tst-machi\tstation\t2026-03-02T10:10:00+08:00\tC1\tattempt 1",
        ])
        withExtendedLifetime(cluster) {}
    }
}
