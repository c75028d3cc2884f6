import Units
import BusinessTime
import Contracts
import Foundation
import Logging
@testable import RoutingService
import ServiceKit
import TestFixtures
import Testing

/// The routing handler through Kafka and SQLite: the replay feeds it registrations, urges, escalations, transfers
/// and supervision, and reads back every `complaint.assigned` (and dead letter) it published.
@Suite(.serialized) struct RoutingReplayTests {
    private static let logger: Logger = {
        var logger = Logger(label: "routing-tests")
        logger.logLevel = .error
        return logger
    }()

    private func definition() throws -> ServiceDefinition {
        try RoutingService.entry.load(
            ServiceData(directory: RepositoryFiles.root.appendingPathComponent("services/routing", isDirectory: true)))
    }

    private func line(_ at: String, _ topic: TopicName, _ payload: some EventPayload) throws -> String {
        let data = String(decoding: try ContractJSON.encode(payload), as: UTF8.self)
        let type = type(of: payload).messageType.rawValue
        return #"{"at":"\#(at)","topic":"\#(topic.rawValue)","type":"\#(type)","data":\#(data)}"#
    }

    private func registered(_ number: String, area: String, channel: Channel = .hotline95598, at: String) -> ComplaintRegistered {
        let ticket = TicketSubmitted(
            ticketNo: number, channel: channel, type: .complaint, category: .wrongReading,
            customer: Customer(account: "0472-100234", name: "王女士", phone: "13904720001", named: true),
            area: area, text: "电费翻倍，怀疑抄错表", receivedAt: Timestamp.parse(at)!)
        return ComplaintRegistered(
            ticketNo: number, ticket: ticket,
            classification: .init(category: .wrongReading, confidence: 0.8, source: .agent, disagreement: false),
            repeatDemand: .init(verdict: .notRepeat, reason: "first call", ruleIds: [.r1]), riskFlags: [], riskWords: [],
            firstOwner: Owner(unit: "hotline-95598"))
    }

    /// Every line published, decoded: (type, key, the body as JSON).
    private func replay(_ lines: [String]) async throws -> [(type: String, body: [String: Any])] {
        let output = try await ReplayRun(
            scenario: ScenarioLine.parse(lines.joined(separator: "\n"), file: "routing.jsonl"), services: [definition()],
            catalogue: TopicCatalogue.load(directory: RepositoryFiles.topics),
            calendar: BusinessCalendar(directory: RepositoryFiles.calendars), unitsFile: nil, horizon: .zero
        ).run(logger: Self.logger)
        return try output.map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return (object["type"] as? String ?? "", object["data"] as? [String: Any] ?? [:])
        }
    }

    /// H1, P1, H5, H7: a ticket goes to its area's station staff with H2 due an hour later; escalations climb to the
    /// technician and then the CSC, each with the step it starts; the owner stays the 95598 centre throughout.
    @Test func aTicketIsAssignedByAreaAndClimbsTheLadderWithItsOwner() async throws {
        let events = try await replay([
            try line("2026-03-02T09:00:00+08:00", .complaintsRegistered, registered("T1", area: "JY-MC", at: "2026-03-02T09:00:00+08:00")),
            try line("2026-03-02T10:30:00+08:00", .complaintsEscalations, ComplaintEscalated(
                ticketNo: "T1", fromTier: .station, toTier: .station, fromUnit: "st-machi", level: .v, reason: .deadlineMissed,
                ruleId: .h5)),
        ])
        let assigned = events.filter { $0.type == "complaint.assigned" }.map(\.body)
        #expect(assigned.map { $0["unit"] as? String } == ["st-machi", "st-machi"])
        #expect(assigned.map { $0["role"] as? String } == ["staff", "technician"])
        #expect(assigned.map { ($0["deadline"] as? [String: Any])?["step"] as? String } == ["H2", "H5"])
        #expect((assigned[0]["deadline"] as? [String: Any])?["dueAt"] as? String == "2026-03-02T10:00:00+08:00")
        #expect(assigned.allSatisfy { ($0["owner"] as? [String: Any])?["unit"] as? String == "hotline-95598" })
        #expect(assigned.map { $0["reason"] as? String } == ["area", "escalation"])
        #expect(assigned.allSatisfy { ($0["assignee"] as? [String: Any])?["id"] != nil })
    }

    /// E3: an early warning reaches the leadership's officer as a notice with the ticket's own step and due time,
    /// naming the station; the station keeps the ticket, so a missed step later still moves it from staff to
    /// technician at st-machi. The clock stopped and restarted while the customer is waited on (H3) is escalation's
    /// timing: routing ignores it.
    @Test func anEarlyWarningTellsTheLeadershipAndTheStationKeepsTheTicket() async throws {
        let events = try await replay([
            try line("2026-03-02T09:00:00+08:00", .complaintsRegistered, registered("T1", area: "JY-MC", at: "2026-03-02T09:00:00+08:00")),
            try line("2026-03-02T09:10:00+08:00", .complaintsEscalations, ClockPaused(
                ticketNo: "T1", unit: "st-machi", tier: .station, step: "H3", reason: "等客户自查表后线路", ruleId: .h3)),
            try line("2026-03-02T09:20:00+08:00", .complaintsEscalations, ClockResumed(
                ticketNo: "T1", unit: "st-machi", tier: .station, reason: "客户已回电", pausedSeconds: 600,
                totalPausedSeconds: 600)),
            try line("2026-03-02T09:30:00+08:00", .complaintsEscalations, ComplaintEscalated(
                ticketNo: "T1", fromTier: .station, toTier: .leadership, fromUnit: "st-machi", reason: .earlyWarning,
                ruleId: .e3)),
            try line("2026-03-02T10:30:00+08:00", .complaintsEscalations, ComplaintEscalated(
                ticketNo: "T1", fromTier: .station, toTier: .station, fromUnit: "st-machi", reason: .deadlineMissed,
                ruleId: .h5)),
        ])
        #expect(events.filter { $0.type == "message.rejected" }.isEmpty)
        let assigned = events.filter { $0.type == "complaint.assigned" }.map(\.body)
        #expect(assigned.map { $0["unit"] as? String } == ["st-machi", "leadership", "st-machi"])
        #expect(assigned.map { $0["role"] as? String } == ["staff", "officer", "technician"])
        #expect(assigned.map { $0["reason"] as? String } == ["area", "warning", "escalation"])
        #expect(assigned.map { $0["previousUnit"] as? String } == [nil, "st-machi", nil])
        #expect(assigned[1]["deadline"] as? [String: String] == assigned[0]["deadline"] as? [String: String])
        #expect((assigned[1]["assignee"] as? [String: Any])?["id"] as? String == "ld-02")
        #expect((assigned[1]["note"] as? String)?.contains("E3") == true)
        #expect(assigned.allSatisfy { ($0["owner"] as? [String: Any])?["unit"] as? String == "hotline-95598" })
    }

    /// Issue 12 item 2: a 12398 complaint is coordinated by the CSC from the start; an unknown area goes to the CSC
    /// with a reason that says so.
    @Test func a12398ComplaintAndAnUnknownAreaGoToTheCSC() async throws {
        let events = try await replay([
            try line("2026-03-02T09:00:00+08:00", .complaintsRegistered,
                     registered("T1", area: "JY-MC", channel: .regulator12398, at: "2026-03-02T09:00:00+08:00")),
            try line("2026-03-02T09:01:00+08:00", .complaintsRegistered, registered("T2", area: "JY-NOWHERE", at: "2026-03-02T09:01:00+08:00")),
        ])
        let assigned = events.filter { $0.type == "complaint.assigned" }.map(\.body)
        #expect(assigned.map { $0["unit"] as? String } == ["csc", "csc"])
        #expect(assigned.map { $0["reason"] as? String } == ["rule", "unroutable-area"])
        #expect((assigned[1]["note"] as? String)?.contains("JY-NOWHERE") == true)
    }

    /// P1, 零推诿: a transfer moves the work and keeps the owner; the transfer back is a loop and goes to the CSC; a
    /// transfer to an unknown unit is dead-lettered and the ticket stays; an urge reaches the unit holding it.
    @Test func transfersKeepTheOwnerALoopGoesToTheCSCAndAnUnknownUnitIsRefused() async throws {
        let events = try await replay([
            try line("2026-03-02T09:00:00+08:00", .complaintsRegistered, registered("T1", area: "JY-MC", at: "2026-03-02T09:00:00+08:00")),
            try line("2026-03-02T09:10:00+08:00", .unitsReports, HandlingTransferRequested(
                ticketNo: "T1", unit: "st-machi", by: "工作人员 李娜", reason: "属于赛罕供电所", toUnit: "st-saihan")),
            try line("2026-03-02T09:20:00+08:00", .unitsReports, HandlingTransferRequested(
                ticketNo: "T1", unit: "st-saihan", by: "工作人员", reason: "不归我们", toUnit: "st-nowhere")),
            try line("2026-03-02T09:30:00+08:00", .unitsReports, HandlingTransferRequested(
                ticketNo: "T1", unit: "st-saihan", by: "工作人员", reason: "退回", toUnit: "st-machi")),
            try line("2026-03-02T09:40:00+08:00", .complaintsRegistered, ComplaintMerged(
                ticketNo: "T1", mergedTicketNo: "T9", channel: .hotline95598, text: "催促处理",
                receivedAt: Timestamp.parse("2026-03-02T09:40:00+08:00")!, reason: "原工单处理中", ruleIds: [.r3c])),
        ])
        let assigned = events.filter { $0.type == "complaint.assigned" }.map(\.body)
        #expect(assigned.map { $0["unit"] as? String } == ["st-machi", "st-saihan", "csc", "csc"])
        #expect(assigned.map { $0["reason"] as? String } == ["area", "transfer", "transfer-loop", "urge"])
        #expect(assigned.allSatisfy { ($0["owner"] as? [String: Any])?["unit"] as? String == "hotline-95598" })
        let letters = events.filter { $0.type == "message.rejected" }.map(\.body)
        #expect(letters.count == 1)
        #expect((letters.first?["reason"] as? String)?.contains("st-nowhere") == true)
    }

    /// H1, issue 12 ("no ticket assigned twice for one cause"): a registration that arrives again under another event
    /// id is assigned once, and its person's load counts it once: when each of 麻池's three staff has one ticket, the
    /// fourth goes by name to T1's person again.
    @Test func aRegistrationRepeatedUnderAnotherIdIsAssignedOnce() async throws {
        let first = registered("T1", area: "JY-MC", at: "2026-03-02T09:00:00+08:00")
        let later = try ["T2", "T3", "T4"].enumerated().map { index, number in
            let at = "2026-03-02T09:1\(index):00+08:00"
            return try line(at, .complaintsRegistered, registered(number, area: "JY-MC", at: at))
        }
        let events = try await replay([
            try line("2026-03-02T09:00:00+08:00", .complaintsRegistered, first),
            try line("2026-03-02T09:05:00+08:00", .complaintsRegistered, first),
        ] + later)
        let assigned = events.filter { $0.type == "complaint.assigned" }.map(\.body)
        #expect(assigned.map { $0["ticketNo"] as? String } == ["T1", "T2", "T3", "T4"])
        let people = assigned.map { ($0["assignee"] as? [String: Any])?["id"] as? String }
        #expect(Set(people.prefix(3)).count == 3 && people[3] == people[0], "T1 counts once on its person: \(people)")
    }
}
