import ArgumentParser
@testable import complaints
import Contracts
import Foundation
import TestFixtures
import Testing

/// One kind of `complaints report`: its own arguments, the payload they must make, and the rule it serves.
struct ReportCase: Sendable, CustomTestStringConvertible {
    var kind: String
    var options: [String]
    var expected: any EventPayload
    var rule: String

    var testDescription: String { "\(kind) \(options.joined(separator: " ")) (\(rule))" }
}

/// `complaints report` and `complaints callback` without a broker: what each command builds from its options, checked
/// against the schema of its type, and the values refused before anything is sent.
@Suite struct ReportCommandTests {
    private static let ticket = "95598-20260302-0001"
    private static let at = Timestamp.parse("2026-03-02T10:00:00+08:00")!
    private static let common = [
        "--unit", "st-machi", "--by", "工作人员 李娜", "--note", "已与客户沟通", "--at", "2026-03-02T10:00:00+08:00",
    ]
    private let codec: ContractCodec

    init() throws {
        codec = ContractCodec(catalogue: try TopicCatalogue.load(directory: RepositoryFiles.topics))
    }

    static let cases: [ReportCase] = {
        let (ticket, unit, by, note) = (Self.ticket, "st-machi", "工作人员 李娜", "已与客户沟通")
        let promiseDue = Timestamp.parse("2026-03-05T18:00:00+08:00")!
        return [
            ReportCase(kind: "accepted", options: [], expected: HandlingAccepted(
                ticketNo: ticket, unit: unit, by: by, note: note), rule: "P1"),
            ReportCase(kind: "verified", options: ["--responsibility", "station"], expected: HandlingVerified(
                ticketNo: ticket, unit: unit, by: by, responsibility: .station, note: note), rule: "H2, H4"),
            ReportCase(kind: "verified", options: ["--responsibility", "customer"], expected: HandlingVerified(
                ticketNo: ticket, unit: unit, by: by, responsibility: .customer, note: note), rule: "H2, H3"),
            ReportCase(kind: "contacted", options: ["--method", "visit"], expected: HandlingContacted(
                ticketNo: ticket, unit: unit, by: by, method: .visit, note: note), rule: "H3, H4"),
            ReportCase(kind: "resolved", options: ["--result", "已重新抄表并退还多收电费"], expected: HandlingResolved(
                ticketNo: ticket, unit: unit, by: by, result: "已重新抄表并退还多收电费", note: note), rule: "C1"),
            ReportCase(
                kind: "resolved",
                options: ["--result", "已核实", "--promise", "三日内更换电表", "--promise-due", "2026-03-05T18:00:00+08:00"],
                expected: HandlingResolved(
                    ticketNo: ticket, unit: unit, by: by, result: "已核实",
                    commitment: Commitment(description: "三日内更换电表", dueAt: promiseDue), note: note),
                rule: "R5"),
            ReportCase(kind: "unresolvable", options: ["--reason", "需更换变压器"], expected: HandlingUnresolvable(
                ticketNo: ticket, unit: unit, by: by, reason: "需更换变压器", note: note), rule: "H5"),
            ReportCase(kind: "transfer", options: ["--to-unit", "st-saihan", "--reason", "不在本所辖区"],
                       expected: HandlingTransferRequested(
                           ticketNo: ticket, unit: unit, by: by, reason: "不在本所辖区", toUnit: "st-saihan", note: note),
                       rule: "P1"),
            ReportCase(kind: "transfer", options: ["--to-area", "JY-SH", "--reason", "不在本所辖区"],
                       expected: HandlingTransferRequested(
                           ticketNo: ticket, unit: unit, by: by, reason: "不在本所辖区", area: "JY-SH", note: note),
                       rule: "P1"),
            ReportCase(kind: "warning", options: ["--cause", "客户坚持索赔", "--actions", "所长两次上门沟通"],
                       expected: WarningFiled(
                           ticketNo: ticket, unit: unit, by: by, cause: "客户坚持索赔", actionsTaken: "所长两次上门沟通",
                           note: note),
                       rule: "E3"),
            ReportCase(kind: "emergency", options: ["--start", "--reason", "客户扬言上访"], expected: EmergencyStarted(
                ticketNo: ticket, unit: unit, by: by, reason: "客户扬言上访", note: note), rule: "E4"),
            ReportCase(kind: "emergency", options: ["--lift"], expected: EmergencyLifted(
                ticketNo: ticket, unit: unit, by: by, note: note), rule: "E7"),
            ReportCase(
                kind: "analysis",
                options: [
                    "--cause", "抄表员估抄", "--lessons", "抄表须到位", "--measures", "抄表复核", "--substantiated", "true",
                    "--team", "麻池供电所抄表班", "--person", "抄表员 李强",
                ],
                expected: AnalysisSubmitted(
                    ticketNo: ticket, unit: unit, by: by, cause: "抄表员估抄", lessons: "抄表须到位", measures: "抄表复核",
                    substantiated: true, tracedTo: .init(team: "麻池供电所抄表班", person: "抄表员 李强"), note: note),
                rule: "E8, S10"),
            ReportCase(
                kind: "analysis", options: ["--cause", "电价政策", "--lessons", "解释到位", "--measures", "宣传"],
                expected: AnalysisSubmitted(
                    ticketNo: ticket, unit: unit, by: by, cause: "电价政策", lessons: "解释到位", measures: "宣传", note: note),
                rule: "E8"),
            ReportCase(
                kind: "appeal", options: ["--ground", "malicious", "--evidence", "通话录音", "--evidence", "现场照片"],
                expected: AppealFiled(
                    ticketNo: ticket, unit: unit, by: by, ground: .malicious, evidence: ["通话录音", "现场照片"], note: note),
                rule: "R7"),
            ReportCase(kind: "appeal", options: ["--decided", "upheld"], expected: AppealDecided(
                ticketNo: ticket, unit: unit, by: by, decision: .upheld, note: note), rule: "R7"),
        ]
    }()

    @Test(arguments: cases)
    func eachKindBuildsAUnitsReportValidForItsSchemaWithTheFieldsGiven(_ report: ReportCase) throws {
        let parsed = try ReportCommand.parseAsRoot([report.kind, Self.ticket] + report.options + Self.common)
        let command = try #require(parsed as? any UnitReportCommand)
        let event = try command.event(codec: codec)
        let type = Swift.type(of: report.expected).messageType
        #expect(event.type == type)
        #expect(event.topic == .unitsReports)
        #expect(event.key == Self.ticket)
        #expect(event.attributes.source == "units")
        #expect(event.attributes.time == Self.at)
        #expect(event == (try codec.encode(report.expected, id: event.attributes.id, source: "units", time: Self.at)))
        // What a consumer checks: the envelope, the topic, the schema, the subject.
        let received = try codec.decode(
            headers: event.headers.map { ($0.name, Data($0.value.utf8)) }, value: event.value, topic: .unitsReports)
        #expect(received.type == type)
    }

    @Test func everyTypeOfUnitsReportsHasAKind() {
        let built = Set(Self.cases.map { Swift.type(of: $0.expected).messageType })
        #expect(built == Set(MessageType.allCases.filter { $0.topic == .unitsReports }))
    }

    @Test(arguments: [
        (["verified", "--responsibility", "nobody"], "nobody"),
        (["contacted", "--method", "email"], "email"),
        (["resolved", "--result", "已处理", "--promise", "三日内更换电表"], "--promise needs --promise-due"),
        (["resolved", "--result", "已处理", "--promise-due", "2026-03-05T18:00:00+08:00"], "--promise-due needs --promise"),
        (["resolved", "--result", "已处理", "--promise", "换表", "--promise-due", "friday"], "not an RFC 3339 time"),
        (["transfer", "--reason", "不在本所辖区"], "give --to-unit or --to-area"),
        (["emergency", "--reason", "客户扬言上访"], "--start"),
        (["emergency", "--start"], "--start needs --reason"),
        (["emergency", "--lift", "--reason", "平息"], "--lift takes no --reason"),
        (["analysis", "--cause", "c", "--lessons", "l", "--measures", "m", "--substantiated", "maybe"], "maybe"),
        (["appeal", "--ground", "malicious"], "at least one --evidence"),
        (["appeal", "--ground", "malicious", "--evidence", "录音", "--decided", "upheld"], "not both"),
        (["appeal", "--decided", "upheld", "--evidence", "录音"], "--decided takes no --evidence"),
        (["appeal"], "--ground"),
    ])
    func aBadValueIsRefusedWhenTheCommandIsParsedSoNothingIsSent(_ options: [String], _ named: String) {
        let arguments = [options[0], Self.ticket] + options.dropFirst() + Self.common
        #expect { _ = try ReportCommand.parseAsRoot(arguments) } throws: { error in
            ReportCommand.message(for: error).contains(named)
        }
    }

    @Test func unitAndPersonAreRequiredAndTheTimeMustBeRFC3339() {
        let verified = ["verified", Self.ticket, "--responsibility", "station"]
        #expect(throws: (any Error).self) { try ReportCommand.parseAsRoot(verified + ["--by", "工作人员 李娜"]) }
        #expect(throws: (any Error).self) { try ReportCommand.parseAsRoot(verified + ["--unit", "st-machi"]) }
        #expect { _ = try ReportCommand.parseAsRoot(verified + Self.common + ["--at", "yesterday"]) } throws: { error in
            ReportCommand.message(for: error).contains("yesterday is not an RFC 3339 time")
        }
    }

    @Test func aValueTheSchemaRefusesNamesTheFieldAndBuildsNoMessage() throws {
        let badUnit = ["verified", Self.ticket, "--responsibility", "station", "--unit", "st machi", "--by", "工作人员 李娜"]
        let command = try #require(try ReportCommand.parseAsRoot(badUnit) as? any UnitReportCommand)
        #expect { _ = try command.event(codec: codec) } throws: { error in
            guard case .schemaViolations(.handlingVerified, let violations) = error as? EnvelopeError else { return false }
            return violations.map(\.path) == ["/unit"]
        }
        let badArea = ["transfer", Self.ticket, "--to-area", "jy-sh", "--reason", "辖区", "--unit", "st-machi", "--by", "李娜"]
        let transfer = try #require(try ReportCommand.parseAsRoot(badArea) as? any UnitReportCommand)
        #expect { _ = try transfer.event(codec: codec) } throws: { error in
            "\(error)".contains("/area")
        }
    }

    @Test func aCallbackIsACallbackCompletedFromTheCustomerRepresentativesKeyedByTheTicket() throws {  // C1
        let command = try CallbackCommand.parse([
            Self.ticket, "--outcome", "unsatisfied", "--method", "phone", "--by", "客户代表 张敏", "--note", "要求处理抄表员",
            "--at", "2026-03-02T10:00:00+08:00",
        ])
        let event = try command.event.event(command.completed, codec: codec)
        let expected = CallbackCompleted(
            ticketNo: Self.ticket, by: "客户代表 张敏", outcome: .unsatisfied, method: .phone, note: "要求处理抄表员")
        #expect(event == (try codec.encode(
            expected, id: event.attributes.id, source: "customer-representatives", time: Self.at)))
        #expect(event.topic == .callbacksResults)
        #expect(event.key == Self.ticket)
    }

    @Test func aCallbackNeedsAKnownOutcomeAndMethod() {  // C1
        let base = [Self.ticket, "--by", "客户代表 张敏"]
        #expect(throws: (any Error).self) { try CallbackCommand.parse(base + ["--outcome", "happy", "--method", "phone"]) }
        #expect(throws: (any Error).self) { try CallbackCommand.parse(base + ["--outcome", "satisfied", "--method", "sms"]) }
        #expect(throws: (any Error).self) { try CallbackCommand.parse(base + ["--outcome", "satisfied"]) }
    }
}
