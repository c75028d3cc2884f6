import Contracts
import Foundation
import IntakeService
import Logging
import ServiceKit
import TestFixtures
import Testing

/// The intake's scenarios (`services/intake/scenarios/`) replayed through the real runtime: mock cluster, SQLite,
/// virtual clock. Each test names the rules its scenario shows.
@Suite(.serialized) struct IntakeScenarioTests {
    /// One published event of the replay's output.
    struct Published {
        let at: String
        let topic: String
        let type: String
        let key: String?
        let data: [String: Any]

        subscript(path: String...) -> Any? {
            var value: Any? = data
            for step in path { value = (value as? [String: Any])?[step] }
            return value
        }
    }

    private func replay(_ name: String) async throws -> [Published] {
        let url = RepositoryFiles.intakeData.appendingPathComponent("scenarios/\(name)")
        var logger = Logger(label: "intake-test")
        logger.logLevel = .error
        let output = try await ReplayRun(
            scenario: ScenarioLine.parse(String(contentsOf: url, encoding: .utf8), file: name),
            services: [IntakeService.definition(configuration: shippedConfiguration)],
            catalogue: TopicCatalogue.load(directory: RepositoryFiles.topics), calendar: nil, unitsFile: nil,
            horizon: .zero
        ).run(logger: logger)
        return try output.map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return Published(
                at: try #require(object["at"] as? String), topic: try #require(object["topic"] as? String),
                type: try #require(object["type"] as? String), key: object["key"] as? String,
                data: try #require(object["data"] as? [String: Any]))
        }
    }

    /// H1, P1, R1, R2, R3a, R3c, R6: one replay through registration, merging, repeats and exclusions.
    @Test func ticketsAreRegisteredOnceMergedAsUrgesAndJudgedAsRepeatsOrExcluded() async throws {
        let events = try await replay("register-merge-repeat.jsonl")
        #expect(events.map { "\($0.type) \($0.key ?? "-")" } == [
            "complaint.registered 95598-20260302-0001",
            "complaint.merged 95598-20260302-0001",
            "complaint.registered 95598-20260303-0001",
            "complaint.registered 95598-20260303-0002",
            "complaint.registered 12398-20260303-0001",
            "complaint.registered 95598-20260306-0001",
        ])
        guard events.count == 6 else { return }
        let (first, urge, repeated, report, regulator, afterAppeal) = (events[0], events[1], events[2], events[3], events[4], events[5])

        // H1, P1: registered once although the hotline sent it twice; no unit accepted it, so the 95598 centre owns it.
        #expect(first["repeatDemand", "verdict"] as? String == "not-repeat")
        #expect(first["firstOwner", "unit"] as? String == "hotline-95598")
        #expect(first["dataProblems"] == nil)
        #expect(first["classification", "source"] as? String == "agent")
        #expect(first.at == "2026-03-02T09:00:00+08:00")

        // R3c: the same customer about the open, not overdue ticket: an urge on it, not a new ticket.
        #expect(urge["mergedTicketNo"] as? String == "95598-20260302-0002")
        #expect(urge["ruleIds"] as? [String] == ["R3c"])

        // R1: after escalation reported a missed deadline, the same event again is a repeat naming the first ticket.
        #expect(repeated["repeatDemand", "verdict"] as? String == "repeat")
        #expect(repeated["repeatDemand", "matchedTicketNo"] as? String == "95598-20260302-0001")
        #expect((repeated["riskFlags"] as? [String])?.contains("repeated") == true)

        // Classification: a report without a category is classified from the words.
        #expect(report["classification", "source"] as? String == "model")
        #expect(report["classification", "category"] as? String == "theft")

        // R6, P1: a 12398 ticket is high risk, escalation words travel with it, the accepting station owns it.
        #expect(regulator["riskFlags"] as? [String] == ["likely-to-escalate", "regulator", "media"])
        #expect(regulator["riskWords"] as? [String] == ["记者", "曝光"])
        #expect(regulator["firstOwner", "unit"] as? String == "st-saihan")
        #expect(regulator["firstOwner", "person"] as? String == "供电所长 赵海")

        // R3a: the appeal found the earlier demand malicious, so the same event again is not counted. R2: the two
        // tickets have no account number; they match on the phone alone.
        #expect(afterAppeal["repeatDemand", "verdict"] as? String == "excluded")
        #expect(afterAppeal["repeatDemand", "ruleIds"] as? [String] == ["R3a"])
        #expect(afterAppeal["repeatDemand", "matchedTicketNo"] as? String == "12398-20260303-0001")
    }

    /// H1: only what cannot be a ticket goes to the dead-letter topic, with its reason, and the service moves on.
    @Test func whatCannotBeATicketGoesToTheDeadLetterTopicWithItsReasonAndTheServiceMovesOn() async throws {
        let events = try await replay("rejections.jsonl")
        let letters = events.filter { $0.topic == TopicName.complaintsDeadletter.rawValue }
        #expect(letters.map { $0["reasonCode"] as? String } == [
            "unparseable", "schema-violation", "schema-violation", "rejected", "schema-violation", "rejected", "rejected",
        ])
        let reasons = letters.compactMap { $0["reason"] as? String }
        #expect(reasons.count == 7)
        if reasons.count == 7 {
            #expect(reasons[3].contains("text is blank"))
            #expect(reasons[5].contains("neither a way to tell the customer"))
            #expect(reasons[6].contains("conflicts"))
        }
        // Nothing valid is dropped: the good tickets around the bad ones are registered, in order.
        #expect(events.filter { $0.type == "complaint.registered" }.map(\.key) == ["95598-20260302-0106", "95598-20260302-0107"])
    }

    /// H1, P1, R2, R3c: every ticket with a field intake cannot read, or must correct, is registered with its data
    /// problems listed; the phone in its normal form; the first owner by channel; an account typed without its dash
    /// is the same customer.
    @Test func ticketsWithDataProblemsAreRegisteredWithTheProblemsListed() async throws {
        let events = try await replay("data-problems.jsonl")
        #expect(events.allSatisfy { $0.topic == TopicName.complaintsRegistered.rawValue })
        #expect(events.map { "\($0.type) \($0.key ?? "-")" } == [
            "complaint.registered 95598-20260310-0001",
            "complaint.merged 95598-20260310-0001",
            "complaint.registered 95598-20260310-0003",
            "complaint.registered 12398-20260310-0001",
            "complaint.registered LT-20260128-0007",
            "complaint.registered HALL-20260310-0002",
            "complaint.registered GRID-20260310-0003",
            "complaint.registered WEB-20260310-0004",
            "complaint.registered VISIT-20260310-0005",
            "complaint.registered 95598-20260310-0006",
        ])
        guard events.count == 10 else { return }
        func problems(_ event: Published) -> [String] {
            (event["dataProblems"] as? [[String: Any]] ?? []).map { "\($0["field"] ?? "") \($0["code"] ?? "")" }
        }
        func owner(_ event: Published) -> String? { event["firstOwner", "unit"] as? String }

        // The number typed with the country code and dashes, registered as the number; the 95598 centre owns it.
        let first = events[0]
        #expect(first["ticket", "customer", "phone"] as? String == "13904720001")
        #expect(problems(first).isEmpty && owner(first) == "hotline-95598")
        // R2, R3c: the daughter's call names the account without its dash and another phone: the same customer,
        // about the same open ticket, so an urge on it.
        #expect(events[1]["mergedTicketNo"] as? String == "95598-20260310-0002")
        // An anonymous report with no phone, account or address.
        #expect(problems(events[2]) == ["customer missing"])
        #expect((events[2]["ticket", "customer"] as? [String: Any])?.keys.sorted() == ["named"])
        // 12398: the CSC owns it; the area code in parentheses and a lower-case area are read without a problem.
        #expect(owner(events[3]) == "csc" && problems(events[3]).isEmpty)
        #expect(events[3]["ticket", "customer", "phone"] as? String == "0472-5123456")
        #expect(events[3]["ticket", "area"] as? String == "JY-HLGE")
        // A letter keyed in 41 days late keeps its time; the station of its area owns it; full-width digits read.
        #expect(problems(events[4]) == ["receivedAt late"])
        #expect(events[4]["ticket", "receivedAt"] as? String == "2026-01-28T10:00:00+08:00")
        #expect(owner(events[4]) == "st-alagatai")
        #expect(events[4]["ticket", "customer", "phone"] as? String == "13904728866")
        // The business hall's opinion with a local number: the area code is unknown; the station of its area owns it.
        #expect(problems(events[5]) == ["customer.phone incomplete"] && owner(events[5]) == "st-machi")
        // The grid phone's time six hours ahead: registered at intake's time.
        #expect(problems(events[6]) == ["receivedAt future"])
        #expect(events[6]["ticket", "receivedAt"] as? String == "2026-03-10T09:30:00+08:00")
        #expect(events[6]["ticket", "customer", "phone"] as? String == "0472-5123456" && owner(events[6]) == "st-alagatai")
        // Online: a phone nobody can read, kept as typed; an area no station serves, kept for the coordinator.
        #expect(problems(events[7]) == ["customer.phone unreadable", "area unknown"] && owner(events[7]) == "hotline-95598")
        #expect(events[7]["ticket", "customer", "phone"] as? String == "不详")
        // A visit the station wrote down under its name: the station serving the area owns it.
        #expect(problems(events[8]) == ["acceptedBy.unit unknown"] && owner(events[8]) == "st-saihan")
        // A report under a complaint category: the classifier settles it.
        #expect(problems(events[9]) == ["category mismatch"])
        #expect(events[9]["classification", "category"] as? String == "theft")
        #expect(events[9]["classification", "source"] as? String == "model")
    }

    /// R6.
    @Test func theFifthComplaintOfACategoryInAnAreaWithin24HoursIsAHotIssue() async throws {
        let events = try await replay("hot-issue.jsonl")
        #expect(events.count == 11)
        // Tickets 1-4 are below the threshold; the fifth within 24 hours is hot; the sixth, a day later, has only
        // one other ticket in its window. In another area, four complaints whose words hold no evidence got the
        // model's fallback category (work-quality): they count for nothing, so the agent's fifth is not hot either.
        #expect(events.map { ($0["riskFlags"] as? [String])?.contains("hot") == true }
            == [false, false, false, false, true, false, false, false, false, false, false])
        #expect(events.suffix(5).map { $0["classification", "category"] as? String } == Array(repeating: "work-quality", count: 5))
    }

    /// R2, R3a, R3c, R6, R7: the edges of repeat demands and risk through the service: an urge's risk words, a 12398
    /// call registered on its own, the earlier ticket as it stood at the call's receivedAt, traditional characters, a
    /// shared phone, and an appeal decided after the close.
    @Test func theEdgesOfRepeatDemandsAreDecidedThroughTheService() async throws {
        let events = try await replay("edges.jsonl")
        // Two calls merged as urges (the second although read after its ticket's miss); every other call registered.
        let (registered, merged) = ("complaint.registered", "complaint.merged")
        #expect(events.map(\.type) == [registered, merged, registered, registered, merged] + Array(repeating: registered, count: 6))
        #expect(events.compactMap { $0["mergedTicketNo"] as? String } == ["95598-20260309-0002", "95598-20260309-0012"])
        #expect(events.filter { $0.type == "complaint.registered" }.compactMap { $0["ticketNo"] as? String } == [
            "95598-20260309-0001", "12398-20260309-0001", "95598-20260309-0011", "95598-20260309-0013",
            "95598-20260309-0101", "95598-20260309-0201", "95598-20260309-0301", "95598-20260309-0302", "95598-20260312-0001",
        ])
        guard events.count == 11 else { return }
        let byNumber = Dictionary(events.map { ($0["ticketNo"] as? String ?? "", $0) }) { first, _ in first }

        // R3c, R6: the urge's own words raise risk, and it travels on complaint.merged.
        let urge = events[1]
        #expect(urge["mergedTicketNo"] as? String == "95598-20260309-0002")
        #expect(urge["riskFlags"] as? [String] == ["media"])
        #expect(urge["riskWords"] as? [String] == ["记者", "曝光"])

        // R3c: the regulator's complaint is registered on its own, linked to the open 95598 ticket, not a repeat.
        let regulator = try #require(byNumber["12398-20260309-0001"])
        #expect(regulator["repeatDemand", "verdict"] as? String == "excluded")
        #expect(regulator["repeatDemand", "ruleIds"] as? [String] == ["R3c"])
        #expect(regulator["repeatDemand", "matchedTicketNo"] as? String == "95598-20260309-0001")
        #expect(regulator["repeatDemand", "evidence", "channel"] as? String == "12398")
        #expect(regulator["repeatDemand", "evidence", "earlierState"] as? String == "open")

        // R3c: received at 11:05, before the step was missed at 11:10, the call urges the ticket although intake
        // reads it after the miss. R1: the call at 11:30 finds it overdue since 11:10: a repeat.
        #expect(events[4]["mergedTicketNo"] as? String == "95598-20260309-0012")
        let third = try #require(byNumber["95598-20260309-0013"])
        #expect(third["repeatDemand", "verdict"] as? String == "repeat")
        #expect(third["repeatDemand", "evidence", "earlierState"] as? String == "overdue")
        #expect(third["repeatDemand", "evidence", "earlierStateSince"] as? String == "2026-03-09T11:10:00+08:00")

        // Traditional characters: classified from the words, risk words found, both in simplified characters.
        let traditional = try #require(byNumber["95598-20260309-0201"])
        #expect(traditional["classification", "category"] as? String == "theft")
        #expect(traditional["riskWords"] as? [String] == ["记者", "曝光"])

        // R2: one landlord's phone, two tenants' accounts: two customers, no repeat.
        #expect(byNumber["95598-20260309-0302"]?["repeatDemand", "verdict"] as? String == "not-repeat")

        // R3a: the appeal upheld after the ticket closed reaches intake; the same event again is not counted.
        let afterAppeal = try #require(byNumber["95598-20260312-0001"])
        #expect(afterAppeal["repeatDemand", "ruleIds"] as? [String] == ["R3a"])
        #expect(afterAppeal["repeatDemand", "matchedTicketNo"] as? String == "95598-20260309-0101")
        #expect(afterAppeal["repeatDemand", "evidence", "earlierStateSince"] as? String == "2026-03-11T10:00:00+08:00")
    }
}
