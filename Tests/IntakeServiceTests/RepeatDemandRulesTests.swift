import Contracts
import Foundation
import IntakeService
import Testing
import TicketClassification

/// The repeat-demand rules of seed 004 (R1–R3) on plain values.
struct RepeatDemandRulesTests {
    private let fixtures = RepeatFixtures()
    private var rules: RepeatDemandRules { fixtures.rules }
    private let firstCall = RepeatFixtures.firstCall
    private let secondCall = RepeatFixtures.secondCall

    private func words(_ text: String) -> EventWords { fixtures.words(text) }

    private func new(_ text: String, type: TicketType = .complaint, category: Category? = .wrongReading,
                     at: String = "2026-03-20T10:00:00+08:00") -> RepeatDemandRules.NewTicket {
        fixtures.new(text, type: type, category: category, at: at)
    }

    /// An earlier ticket whose `progress` (and malice) began when it was received, so it holds at any later call.
    private func earlier(
        _ number: String, _ text: String, type: TicketType = .complaint, category: Category? = .wrongReading,
        at: String = "2026-03-02T09:00:00+08:00", progress: EarlierTicket.Progress = .open, malicious: Bool = false
    ) -> EarlierTicket {
        fixtures.earlier(
            number, text, type: type, category: category, at: at, overdueSince: progress == .overdue ? at : nil,
            finishedAt: progress == .finished ? at : nil, maliciousSince: malicious ? at : nil)
    }

    /// R1.
    @Test func sameEventAgainAfterTheEarlierTicketWentOverdueIsARepeat() {
        let verdict = rules.verdict(for: new(secondCall), history: [earlier("A", firstCall, progress: .overdue)])
        guard case .repeatDemand(let matched, let reason, _) = verdict else { Issue.record("\(verdict)"); return }
        #expect(matched == "A")
        #expect(reason.contains("overdue"))
        #expect(verdict.published?.ruleIds == [.r1, .r2])
    }

    /// R1.
    @Test func sameEventAfterTheEarlierTicketWasFinishedIsARepeat() {
        let verdict = rules.verdict(for: new(secondCall), history: [earlier("A", firstCall, progress: .finished)])
        #expect(verdict.published?.verdict == .repeat)
        #expect(verdict.published?.matchedTicketNo == "A")
    }

    /// R1: the same-event similarity is Dice's coefficient over the sets of adjacent character pairs (a pair said twice
    /// counts once), and the verdict writes it with two decimals exactly as `%.2f` would.
    @Test func similarityIsDiceOverDistinctCharacterPairsWrittenWithTwoDecimals() {
        func dice(_ a: String, _ b: String) -> Double {
            func pairs(_ text: String) -> Set<String> {
                let scalars = Array(words(text).text.unicodeScalars)
                return Set(zip(scalars, scalars.dropFirst()).map { "\($0)\($1)" })
            }
            let (x, y) = (pairs(a), pairs(b))
            return x.isEmpty || y.isEmpty ? 0 : 2 * Double(x.intersection(y).count) / Double(x.count + y.count)
        }
        let texts = [firstCall, secondCall, "电费电费电费又高了，抄表抄错了", "客户反映电费高，要求核实抄表", "抄表员抄错表，电费翻倍，要求核实"]
        for a in texts {
            for b in texts {
                let similarity = words(a).similarity(to: words(b))
                #expect(abs(similarity - dice(a, b)) < 1e-12, "\(a) / \(b)")
                let verdict = rules.verdict(for: new(a), history: [earlier("A", b, progress: .overdue)])
                if case .repeatDemand(_, let reason, _) = verdict {
                    #expect(reason.contains("text similarity \(String(format: "%.2f", similarity))"), "\(reason)")
                }
            }
        }
    }

    /// R1.
    @Test func oneMonthIsOneCalendarMonthBackInBeijingTime() {
        #expect(RepeatDemandRules.windowStart(before: beijing("2026-03-20T10:00:00+08:00")) == beijing("2026-02-20T10:00:00+08:00"))
        #expect(RepeatDemandRules.windowStart(before: beijing("2026-03-31T08:00:00+08:00")) == beijing("2026-02-28T08:00:00+08:00"))
        let inside = earlier("A", firstCall, at: "2026-02-20T10:00:00+08:00", progress: .overdue)
        let outside = earlier("B", firstCall, at: "2026-02-20T09:59:59+08:00", progress: .overdue)
        #expect(rules.verdict(for: new(secondCall), history: [inside]).published?.verdict == .repeat)
        #expect(rules.verdict(for: new(secondCall), history: [outside]) == .notRepeat)
    }

    /// R1.
    @Test func anotherCategoryIsAnotherEvent() {
        let outage = earlier("A", "客户反映家中频繁停电，电压不稳。", category: .supplyQuality, progress: .overdue)
        #expect(rules.verdict(for: new(secondCall), history: [outage]) == .notRepeat)
    }

    /// R1.
    @Test func sameCategoryWithUnrelatedWordsIsAnotherEvent() {
        let other = earlier("A", "营业厅柜台人员办理过户时态度恶劣。", category: .wrongReading, progress: .overdue)
        #expect(rules.verdict(for: new(secondCall), history: [other]) == .notRepeat)
    }

    /// R1.
    @Test func withoutCategoriesTheWordsAloneDecide() {
        let opinion = "建议在小区门口增设一个缴费点，老人交电费太不方便。"
        let again = "又来建议小区门口增设缴费点，老人交电费不方便的问题还没回复。"
        let verdict = rules.verdict(
            for: new(again, type: .opinion, category: nil),
            history: [earlier("A", opinion, type: .opinion, category: nil, progress: .overdue)])
        #expect(verdict.published?.verdict == .repeat)
        let unrelated = rules.verdict(
            for: new("建议营业厅周末也开门。", type: .opinion, category: nil),
            history: [earlier("A", opinion, type: .opinion, category: nil, progress: .overdue)])
        #expect(unrelated == .notRepeat)
    }

    /// R1.
    @Test func theMostRecentMatchingTicketIsTheOneNamed() {
        let older = earlier("A", firstCall, at: "2026-03-01T09:00:00+08:00", progress: .finished)
        let newer = earlier("B", firstCall, at: "2026-03-10T09:00:00+08:00", progress: .overdue)
        #expect(rules.verdict(for: new(secondCall), history: [newer, older]).published?.matchedTicketNo == "B")
    }

    /// R2.
    @Test func faultRepairAndPraiseAreNeverCounted() {
        let history = [earlier("A", firstCall, progress: .overdue)]
        for type in [TicketType.repair, .praise] {
            let verdict = rules.verdict(for: new(secondCall, type: type, category: nil), history: history)
            #expect(verdict.published?.verdict == .excluded)
            #expect(verdict.published?.ruleIds == [.r2])
        }
    }

    /// R2.
    @Test func earlierRepairTicketsDoNotMakeARepeat() {
        let repair = earlier("A", "家里停电了，请派人来修。", type: .repair, category: nil, progress: .overdue)
        let verdict = rules.verdict(
            for: new("报修后没人来修，家里停电到现在。", category: .repairOverdue), history: [repair])
        #expect(verdict == .notRepeat)
    }

    /// R3a.
    @Test func anEarlierDemandFoundMaliciousIsExcluded() {
        let verdict = rules.verdict(
            for: new(secondCall), history: [earlier("A", firstCall, progress: .finished, malicious: true)])
        #expect(verdict.published?.verdict == .excluded)
        #expect(verdict.published?.ruleIds == [.r3a])
        #expect(verdict.published?.matchedTicketNo == "A")
    }

    /// R3b.
    @Test func aNewDemandAboutAFinishedTicketsResultIsExcluded() {
        let verdict = rules.verdict(
            for: new("上次抄错表的事虽然退了电费，但我要求对抄表员追责并赔偿误工费。"),
            history: [earlier("A", firstCall, progress: .finished)])
        #expect(verdict.published?.verdict == .excluded)
        #expect(verdict.published?.ruleIds == [.r3b])
    }

    /// R3c.
    @Test func aCallAboutAnOpenTicketThatIsNotOverdueIsAnUrge() {
        let verdict = rules.verdict(for: new(secondCall), history: [earlier("A", firstCall, progress: .open)])
        #expect(verdict.urgedTicket == "A")
        #expect(verdict.published == nil)
    }

    /// R3d.
    @Test func consultationsAboutAccountsAndBillsAreNotCounted() {
        let verdict = rules.verdict(
            for: new("咨询一下我家户号是多少，怎么查电费。", type: .consultation, category: nil),
            history: [earlier("A", "咨询户号和电费查询方式。", type: .consultation, category: nil)])
        #expect(verdict.published?.ruleIds == [.r3d])
    }

    @Test func stockPhrasesOfTheAgentsDoNotMakeTextsSimilar() {
        let a = words("客户来电反映，要求核实处理。电表箱封印被破坏")
        let b = words("客户来电反映，要求核实处理。营业员态度差")
        #expect(a.text == "电表箱封印被破坏")
        #expect(a.similarity(to: b) == 0)
        #expect(a.similarity(to: a) == 1)
    }
}
