import BusinessTime
import Contracts
import Foundation
import Synchronization
import ServiceKit
import TestFixtures
import TestSupport
import Testing

@Suite(.serialized) struct ReplayTests {
    /// Tickets at 09:00, 09:05 and 09:20, a garbled message at 09:10, then quiet until 12:00; the pass-through
    /// service reminds one hour after each ticket.
    private func scenario() throws -> String {
        func ticketLine(_ number: Int, at time: String) throws -> String {
            let data = String(decoding: try ContractJSON.encode(InboundTickets.ticket(number)), as: UTF8.self)
            return #"{"at":"\#(time)","topic":"hotline.tickets","type":"ticket.submitted","data":\#(data)}"#
        }
        return try [
            ticketLine(1, at: "2026-03-02T09:00:00+08:00"),
            ticketLine(2, at: "2026-03-02T09:05:00+08:00"),
            #"{"at":"2026-03-02T09:10:00+08:00","topic":"hotline.tickets","type":"ticket.submitted","subject":"95598-20260302-09999","raw":"{garbled"}"#,
            ticketLine(3, at: "2026-03-02T09:20:00+08:00"),
            #"{"at":"2026-03-02T12:00:00+08:00","expect":"quiet"}"#,
        ].joined(separator: "\n")
    }

    private func replay() async throws -> [String] {
        try await ReplayRun(
            scenario: ScenarioLine.parse(try scenario(), file: "test.jsonl"),
            services: [PassThroughService.definition(reminderAfter: .seconds(3600))],
            catalogue: TopicCatalogue.load(directory: RepositoryFiles.topics), calendar: nil, unitsFile: nil,
            horizon: .seconds(1800)
        ).run(logger: runtimeLogger)
    }

    private struct Line: Decodable, Equatable {
        let at: String
        let topic: String
        let type: String
        let key: String?
    }

    @Test func deadlinesFireAtTheirVirtualTimeAndEventsComeOutInPipelineOrder() async throws {
        let lines = try await replay()
        let parsed = try lines.map { try JSONDecoder().decode(Line.self, from: Data($0.utf8)) }
        let ticket = { (number: Int) in InboundTickets.ticket(number).ticketNo }
        #expect(parsed == [
            Line(at: "2026-03-02T09:00:00+08:00", topic: "complaints.registered", type: "complaint.merged", key: ticket(1)),
            Line(at: "2026-03-02T09:05:00+08:00", topic: "complaints.registered", type: "complaint.merged", key: ticket(2)),
            Line(at: "2026-03-02T09:10:00+08:00", topic: "complaints.deadletter", type: "message.rejected", key: nil),
            Line(at: "2026-03-02T09:20:00+08:00", topic: "complaints.registered", type: "complaint.merged", key: ticket(3)),
            Line(at: "2026-03-02T10:00:00+08:00", topic: "complaints.escalations", type: "deadline.approaching", key: ticket(1)),
            Line(at: "2026-03-02T10:05:00+08:00", topic: "complaints.escalations", type: "deadline.approaching", key: ticket(2)),
            Line(at: "2026-03-02T10:20:00+08:00", topic: "complaints.escalations", type: "deadline.approaching", key: ticket(3)),
        ])
        #expect(lines[2].contains(#""reasonCode":"unparseable""#))
    }

    @Test func theSameScenarioGivesTheSameOutputByteForByte() async throws {
        let first = try await replay()
        let second = try await replay()
        #expect(!first.isEmpty)
        #expect(first == second)
    }

    /// Events are handed out as soon as the services are quiet after them, so an interrupted replay keeps what it
    /// had produced: here the run cancels itself when its first event is handed out.
    @Test func eventsAreWrittenAsTheyAreProducedAndAnInterruptedReplayKeepsThem() async throws {
        let scenario = try ScenarioLine.parse(try scenario(), file: "test.jsonl")
        let received = Mutex<[String]>([])
        let run = ReplayRun(
            scenario: scenario, services: [PassThroughService.definition(reminderAfter: .seconds(3600))],
            catalogue: try TopicCatalogue.load(directory: RepositoryFiles.topics), calendar: nil, unitsFile: nil,
            horizon: .seconds(1800))
        let outcome = await Task {
            try await run.run(logger: runtimeLogger) { line in
                received.withLock { $0.append(line) }
                // The output is handed out on the replay's own task: cancel it, as Ctrl-C would.
                withUnsafeCurrentTask { $0?.cancel() }
            }
        }.result
        #expect(throws: CancellationError.self) { try outcome.get() }
        let lines = received.withLock { $0 }
        #expect(lines.count == 1, "the run stopped at its next step, and its first event was written: \(lines)")
        #expect(lines.first?.contains(InboundTickets.ticket(1).ticketNo) == true)
    }

    @Test func aScenarioWithBadLinesIsRefusedWithEveryProblem() {
        #expect {
            _ = try ScenarioLine.parse(
                """
                {"at":"2026-03-02T09:00:00+08:00","topic":"hotline.tickets","type":"ticket.submitted","data":{}}
                {"at":"yesterday","topic":"hotline.tickets","type":"ticket.submitted","data":{}}
                {"at":"2026-03-02T09:00:00+08:00","topic":"nowhere","type":"ticket.submitted","data":{}}
                {"at":"2026-03-02T08:00:00+08:00","expect":"quiet"}
                """, file: "bad.jsonl")
        } throws: { error in
            guard let error = error as? ScenarioError else { return false }
            return error.problems.count == 3 && error.problems[0].hasPrefix("line 2")
                && error.problems[1].hasPrefix("line 3") && error.problems[2].contains("back in time")
        }
    }
}
