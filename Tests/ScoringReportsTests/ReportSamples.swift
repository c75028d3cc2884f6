import Foundation
import ScoringReports
import TestFixtures

/// Reports to render: a week of the Jiuyuan bureau as the scoring service would write it, and a period with nothing
/// in it.
enum ReportSamples {
    /// A weekly bulletin (S10) for 2026-03-02 to 03-08: seven days, seven categories with different counts, nine
    /// units (one without tickets, so without a composite), a ledger with a reversal, two money flags.
    static func week() throws -> PeriodReport {
        PeriodReport(
            reportId: "weekly-2026-W10-bureau", kind: .weekly, scope: "bureau", scopeName: "包头供电局九原供电分局",
            periodStart: try beijingMinute("2026-03-02 00:00"), periodEnd: try beijingMinute("2026-03-09 00:00"),
            kpis: KeyFigures(
                callbackRate: 0.985, onTimeReplyRate: 0.92, completionRate: 0.875, satisfactionRate: 0.9,
                substantiatedRate: 0.35, repeatRate: 0.0625, composite: 86.4),
            counts: Counts(
                received: 64, closed: 56, repeats: 4, escalated: 6, skippedLevels: 2, per10kCustomers: 3.1,
                byType: ["complaint": 40, "repair": 14, "consultation": 6, "report": 4],
                byCategory: [
                    "wrong-reading": 12, "supply-quality": 9, "attitude": 7, "planned-outage": 5, "charges": 3,
                    "repair-overdue": 2, "appliance-damage": 1, "theft": 1,
                ],
                byLevel: ["V": 30, "IV": 8, "III": 3, "II": 2, "I": 1]),
            steps: [
                StepFigure(step: "H2", ended: 40, onTime: 38, averageSeconds: 5_400, p90Seconds: 9_900),
                StepFigure(step: "H4", ended: 31, onTime: 27, averageSeconds: 86_400, p90Seconds: 172_800),
                StepFigure(step: "C1", ended: 56, onTime: 55, averageSeconds: 14_500, p90Seconds: 30_000),
                StepFigure(step: "N1", ended: 0, onTime: 0, averageSeconds: nil, p90Seconds: nil),
            ],
            days: [
                DayFigure(day: "2026-03-02", received: 12, closed: 7, repeats: 1),
                DayFigure(day: "2026-03-03", received: 10, closed: 9, repeats: 0),
                DayFigure(day: "2026-03-04", received: 11, closed: 12, repeats: 2),
                DayFigure(day: "2026-03-05", received: 9, closed: 8, repeats: 0),
                DayFigure(day: "2026-03-06", received: 13, closed: 10, repeats: 1),
                DayFigure(day: "2026-03-07", received: 5, closed: 6, repeats: 0),
                DayFigure(day: "2026-03-08", received: 4, closed: 4, repeats: 0),
            ],
            units: units,
            top: ["st-machi", "csc", "st-saihan", "marketing", "st-halinge"],
            bottom: ["deputy-marketing", "st-alagatai", "leadership", "st-halinge", "marketing"],
            ledger: try ledger,
            flags: [
                MoneyFlag(ticketNo: "95598-20260303-0007", unit: "st-alagatai", kind: "skipped-levels",
                          reason: "客户直接拨打12398越级投诉", amount: 2_000, leaderInCharge: 600, professionalLine: 1_400),
                MoneyFlag(ticketNo: "95598-20260305-0002", unit: "st-saihan", kind: "company-fault",
                          reason: "错停电造成客户损失", amount: 1_000, leaderInCharge: 300, professionalLine: 700),
            ],
            commonProblems: [
                CommonProblem(area: "JY-MC", category: "wrong-reading",
                              tickets: ["95598-20260302-0001", "95598-20260304-0003", "95598-20260306-0010"]),
                CommonProblem(area: "JY-SH", category: "supply-quality",
                              tickets: ["95598-20260303-0004", "95598-20260305-0008"]),
            ],
            summary: "本周受理64件，办结56件，回访率98.5%。\n错抄表仍居首位，集中在麻池供电所辖区，须在月度营销例会上分析。")
    }

    private static let units = [
        UnitFigure(unit: "st-machi", name: "麻池供电所", tier: "station", rank: 1, points: 2, complaints: 9,
                   per10kCustomers: 2.2, responseRate: 1, resolutionRate: 0.95, satisfactionRate: 1, composite: 97.5),
        UnitFigure(unit: "csc", name: "客户服务中心", tier: "csc", rank: 2, points: 0, complaints: 5,
                   responseRate: 1, resolutionRate: 0.9, satisfactionRate: 0.95, composite: 94),
        UnitFigure(unit: "st-saihan", name: "赛汗供电所", tier: "station", rank: 3, points: -1, complaints: 12,
                   per10kCustomers: 3.5, responseRate: 0.95, resolutionRate: 0.9,
                   satisfactionRate: 0.9, composite: 91.2),
        UnitFigure(unit: "marketing", name: "营销部", tier: "marketing", rank: 4, points: 0, complaints: 4,
                   responseRate: 0.9, resolutionRate: 0.9, satisfactionRate: 0.9, composite: 88),
        UnitFigure(unit: "st-halinge", name: "哈林格尔供电所", tier: "station", rank: 5, points: -2, complaints: 10,
                   per10kCustomers: 4.1, responseRate: 0.9, resolutionRate: 0.8,
                   satisfactionRate: 0.85, composite: 83.6),
        UnitFigure(unit: "leadership", name: "局领导班子", tier: "leadership", rank: 6, points: 0, complaints: 1,
                   responseRate: 0.8, resolutionRate: 0.8, satisfactionRate: 0.8, composite: 80),
        UnitFigure(unit: "st-alagatai", name: "阿嘎如泰供电所", tier: "station", rank: 7, points: -5, complaints: 14,
                   per10kCustomers: 5.6, responseRate: 0.85, resolutionRate: 0.7,
                   satisfactionRate: 0.7, composite: 74.3),
        UnitFigure(unit: "deputy-marketing", name: "营销副局长", tier: "deputy", rank: 8, points: -1, complaints: 2,
                   responseRate: 0.5, resolutionRate: 0.5, satisfactionRate: 0.5, composite: 50),
        UnitFigure(unit: "st-xingsheng", name: "兴胜供电所", tier: "station", rank: 9, points: 0, complaints: 0),
    ]

    private static var ledger: [LedgerLine] {
        get throws {
            [
                LedgerLine(entry: 101, at: try beijingMinute("2026-03-02 17:30"), unit: "st-alagatai", ruleId: "S5",
                           points: -2, reason: "答复超时：核实环节超出时限", tickets: ["95598-20260302-0004"], total: -2,
                           team: "阿嘎如泰供电所营业班", person: "工作人员 王强"),
                LedgerLine(entry: 102, at: try beijingMinute("2026-03-03 10:05"), unit: "st-machi", ruleId: "S7",
                           points: 2, reason: "客户表扬：故障抢修及时", tickets: ["95598-20260303-0001"], total: 2),
                LedgerLine(entry: 103, at: try beijingMinute("2026-03-04 09:00"), unit: "st-alagatai", ruleId: "S9",
                           points: -3, reason: "越级投诉（12398）", tickets: ["95598-20260303-0007"], total: -5),
                LedgerLine(entry: 104, at: try beijingMinute("2026-03-05 15:20"), unit: "st-saihan", ruleId: "S4",
                           points: -1, reason: "投诉属实：错抄表", tickets: ["95598-20260304-0003", "95598-20260305-0002"],
                           total: -1, team: "赛汗供电所抄表班", person: "抄表员 李强"),
                LedgerLine(entry: 105, at: try beijingMinute("2026-03-06 11:45"), unit: "st-halinge", ruleId: "S4",
                           points: -2, reason: "投诉属实：工作态度", tickets: ["95598-20260306-0005"], total: -2),
                LedgerLine(entry: 106, at: try beijingMinute("2026-03-07 09:30"), unit: "st-halinge", ruleId: "R7",
                           points: 2, reason: "复核不属实，冲销", tickets: ["95598-20260306-0005"], total: 0,
                           reverses: 105),
            ]
        }
    }

    /// A daily report of a day with nothing in it: no rates, no days, no units, no ledger.
    static func empty() throws -> PeriodReport {
        PeriodReport(
            reportId: "daily-2026-03-02-bureau", kind: .daily, scope: "bureau", scopeName: "包头供电局九原供电分局",
            periodStart: try beijingMinute("2026-03-02 00:00"), periodEnd: try beijingMinute("2026-03-03 00:00"),
            kpis: KeyFigures(), counts: Counts(), steps: [], days: [], units: [], top: [], bottom: [], ledger: [],
            flags: [], commonProblems: [], summary: "")
    }
}
