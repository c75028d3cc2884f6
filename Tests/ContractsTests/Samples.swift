import Contracts
import Foundation

/// A time written as in the contract; the tests' samples use fixed times so their bytes are stable.
func at(_ text: String) -> Date {
    guard let date = Timestamp.parse(text) else { preconditionFailure("\(text) is not RFC 3339") }
    return date
}

/// Payloads built in Swift, unlike the example files: other values, the optional fields filled in (and, where it
/// matters, left out). The switch has no default, so a new message type does not compile without samples.
func samples(for type: MessageType) -> [any EventPayload] {
    switch type {
    case .ticketSubmitted:
        [
            TicketSubmitted(
                ticketNo: "12398-20260415-0042", channel: .regulator12398, type: .report, category: .theft,
                customer: Customer(phone: "+86 472 555-0142", named: false), area: "JY-SH",
                text: "举报邻居私接电线窃电", receivedAt: at("2026-04-15T22:05:09.5+08:00"),
                acceptedBy: Owner(unit: "st-saihan", person: "值班员 周丽")),
            TicketSubmitted(
                ticketNo: "95598-20260415-0043", channel: .gridPhone, type: .consultation,
                customer: Customer(account: "0472-200001", name: "", address: "赛罕区", named: false), area: "JY",
                text: "咨询阶梯电价", receivedAt: at("2026-04-15T14:05:09Z"), solvedAtOnce: true),
        ]
    case .handlingAccepted:
        [HandlingAccepted(ticketNo: "95598-20260415-0007", unit: "st-alagatai", by: "供电所长 吴刚")]
    case .handlingVerified:
        [HandlingVerified(ticketNo: "95598-20260415-0007", unit: "st-alagatai", by: "用电技术员 韩梅",
                          responsibility: .customer, note: "客户内部线路故障")]
    case .handlingContacted:
        [HandlingContacted(ticketNo: "95598-20260415-0007", unit: "st-alagatai", by: "用电技术员 韩梅", method: .letter)]
    case .handlingResolved:
        [
            HandlingResolved(ticketNo: "95598-20260415-0007", unit: "st-alagatai", by: "用电技术员 韩梅",
                             result: "已指导客户更换漏电保护器", note: "客户现场确认"),
            HandlingResolved(ticketNo: "95598-20260415-0008", unit: "csc", by: "客户服务中心 陈静", result: "已承诺改造",
                             commitment: Commitment(description: "5月底前完成台区改造", dueAt: at("2026-05-31T18:00:00+08:00"))),
        ]
    case .handlingUnresolvable:
        [HandlingUnresolvable(ticketNo: "95598-20260415-0008", unit: "st-halinge", by: "供电所长 高峰",
                              reason: "需要营销部协调", note: "已两次上门")]
    case .handlingTransferRequested:
        [HandlingTransferRequested(ticketNo: "95598-20260415-0009", unit: "st-machi", by: "供电所长 刘建国",
                                   reason: "属于赛罕供电所", toUnit: "st-saihan", area: "JY-SH", note: "客户已告知")]
    case .warningFiled:
        [WarningFiled(ticketNo: "95598-20260415-0008", unit: "st-halinge", by: "供电所长 高峰", cause: "电压偏低",
                      actionsTaken: "调整分接头", note: "客户情绪激动")]
    case .emergencyStarted:
        [EmergencyStarted(ticketNo: "95598-20260415-0008", unit: "marketing", by: "领导小组 王志强",
                          reason: "客户扬言找媒体", note: "启动二级响应")]
    case .emergencyLifted:
        [EmergencyLifted(ticketNo: "95598-20260415-0008", unit: "marketing", by: "领导小组 王志强", note: "事态平息")]
    case .analysisSubmitted:
        [AnalysisSubmitted(
            ticketNo: "95598-20260415-0008", unit: "csc", by: "客户服务中心 陈静", cause: "台区过载", lessons: "负荷监测不足",
            measures: "增容改造", substantiated: false, tracedTo: .init(team: "哈林格尔供电所运维班", person: "马腾"),
            note: "附件另送")]
    case .appealFiled:
        [AppealFiled(ticketNo: "95598-20260415-0010", unit: "st-saihan", by: "供电所长 赵海", ground: .unreasonable,
                     evidence: ["通话记录", "现场照片", "签字确认单"], note: "第二次申诉")]
    case .appealDecided:
        [AppealDecided(ticketNo: "95598-20260415-0010", unit: "marketing", by: "营销部 孙立", decision: .rejected,
                       note: "证据不足")]
    case .callbackCompleted:
        [CallbackCompleted(ticketNo: "95598-20260415-0007", by: "客户代表 张敏", outcome: .unreachable, method: .visit,
                           note: "两次上门无人")]
    case .complaintRegistered:
        [ComplaintRegistered(
            ticketNo: "12398-20260415-0042",
            ticket: TicketSubmitted(
                ticketNo: "12398-20260415-0042", channel: .regulator12398, type: .complaint, category: .attitude,
                customer: Customer(account: "0472-300003", name: "李先生", phone: "13904720003", address: "九原区",
                                   named: true),
                area: "JY-MC", text: "营业厅工作人员态度恶劣", receivedAt: at("2026-04-15T09:30:00+08:00"),
                acceptedBy: Owner(unit: "csc")),
            classification: .init(category: .attitude, confidence: 0.61, source: .model, disagreement: true,
                                  alternative: .workQuality),
            repeatDemand: .init(
                verdict: .repeat, matchedTicketNo: "95598-20260401-0311", reason: "同一户号一月内第二次", ruleIds: [.r1, .r2],
                evidence: RepeatEvidence(
                    sameCustomer: .phone, sameEvent: .opinionAndComplaint, similarity: 0.41, sharedWords: ["态度", "恶劣"],
                    earlierState: .overdue, earlierStateSince: at("2026-04-02T09:30:00+08:00"), cues: ["赔偿"],
                    solvedAtOnce: false, channel: .regulator12398)),
            riskFlags: [.regulator, .repeated, .likelyToEscalate], riskWords: ["媒体", "投诉到底"],
            firstOwner: Owner(unit: "csc", person: "客户服务中心 陈静"),
            dataProblems: [.init(field: "receivedAt", code: .late, message: "receivedAt 2026-03-01T09:30:00+08:00 is 45 days before intake registered it")])]
    case .complaintMerged:
        [ComplaintMerged(ticketNo: "95598-20260415-0007", mergedTicketNo: "95598-20260415-0071", channel: .online,
                         text: "催促处理，再不来修就找律师", receivedAt: at("2026-04-15T16:00:00.125+08:00"),
                         reason: "原工单处理中", ruleIds: [.r3c], riskFlags: [.likelyToEscalate], riskWords: ["律师"])]
    case .complaintAssigned:
        [
            ComplaintAssigned(
                ticketNo: "95598-20260415-0008", unit: "marketing", tier: .marketing, role: .officer,
                assignee: .init(id: "mk-02", name: "孙立新"),
                owner: Owner(unit: "st-halinge", person: "供电所长 高峰"), reason: .escalation, previousUnit: "csc",
                deadline: .init(step: "H8", dueAt: at("2026-04-16T16:00:00+08:00")), note: "客户对客服中心处理不满意"),
            ComplaintAssigned(
                ticketNo: "95598-20260415-0009", unit: "leadership", tier: .leadership, role: .officer,
                owner: Owner(unit: "hotline-95598"), reason: .warning, previousUnit: "st-halinge",
                deadline: .init(step: "H6", dueAt: at("2026-04-16T11:00:00+08:00")), note: "供电所长已提交预警报告"),
        ]
    case .deadlineApproaching:
        [DeadlineApproaching(ticketNo: "95598-20260415-0008", step: "H4", dueAt: at("2026-04-16T09:40:00+08:00"),
                             tier: .station, unit: "st-halinge", urge: 2)]
    case .deadlineMissed:
        [DeadlineMissed(ticketNo: "95598-20260415-0008", step: "H7", dueAt: at("2026-04-17T11:00:00+08:00"), tier: .csc,
                        unit: "csc")]
    case .complaintEscalated:
        [
            ComplaintEscalated(ticketNo: "95598-20260415-0008", fromTier: .deputy, toTier: .leadership,
                               fromUnit: "deputy", reason: .emergencyPlan, ruleId: .e4),
            ComplaintEscalated(ticketNo: "95598-20260415-0008", fromTier: .station, toTier: .leadership,
                               fromUnit: "st-halinge", reason: .earlyWarning, ruleId: .e3),
        ]
    case .supervisionOpened:
        [SupervisionOpened(ticketNo: "95598-20260415-0008", unit: "marketing", tier: .marketing, round: 2,
                           reason: "第二次回访仍不满意", ruleId: .c2)]
    case .commitmentOverdue:
        [CommitmentOverdue(ticketNo: "95598-20260415-0008", unit: "csc", tier: .csc,
                           commitment: Commitment(description: "5月底前完成台区改造", dueAt: at("2026-05-31T18:00:00+08:00")))]
    case .clockPaused:
        [ClockPaused(ticketNo: "95598-20260415-0007", unit: "st-alagatai", tier: .station, step: "H3",
                     reason: "客户外出，约定回来后自行检查表后线路", ruleId: .h3)]
    case .clockResumed:
        [
            ClockResumed(ticketNo: "95598-20260415-0007", unit: "st-alagatai", tier: .station, reason: "客户已回电",
                         pausedSeconds: 0, totalPausedSeconds: 0),
            ClockResumed(ticketNo: "95598-20260415-0007", unit: "st-alagatai", tier: .station, reason: "客户已检查完线路",
                         pausedSeconds: 172_800, totalPausedSeconds: 180_000),
        ]
    case .callbackDue:
        [CallbackDue(ticketNo: "12398-20260415-0042", unit: "leadership", dueAt: at("2026-04-20T10:00:00+08:00"),
                     step: .h10, attempt: 3, named: false)]
    case .callbackOverdue:
        [CallbackOverdue(ticketNo: "12398-20260415-0042", unit: "leadership", dueAt: at("2026-04-20T10:00:00+08:00"),
                         step: .h10, attempt: 3)]
    case .callbackRecorded:
        [CallbackRecorded(ticketNo: "95598-20260415-0007", unit: "st-alagatai", tier: .station, outcome: .satisfied,
                          method: .letter, by: "客户代表 张敏", attempt: 2, note: "信函回执")]
    case .complaintClosed:
        [
            ComplaintClosed(
                ticketNo: "95598-20260415-0043", channel: .gridPhone, type: .consultation, category: nil, area: "JY",
                customer: .init(named: false), receivedAt: at("2026-04-15T14:05:09Z"),
                closedAt: at("2026-04-15T14:20:00+08:00"), highestTier: .station, finalUnit: "st-saihan",
                firstOwner: Owner(unit: "st-saihan"), responsibility: nil, satisfaction: nil,
                noCallbackReason: "an anonymous caller who left no phone or address", callbacks: 0,
                isRepeat: false, onTime: true, appeal: .none, emergencyPlan: false, steps: [],
                closedLoop: .init(
                    accepted: .present, registered: .present, proposed: .present, transferred: .notApplicable,
                    urged: .notApplicable, supervised: .notApplicable, investigationReport: .notApplicable,
                    handlingOpinion: .present),
                fourNotLetGo: .init(verified: false, corrected: true, measuresInPlace: true, customerSatisfied: false),
                timeline: [.init(at: at("2026-04-15T14:05:09Z"), type: .complaintRegistered)]),
            ComplaintClosed(
                ticketNo: "95598-20260415-0008", channel: .hotline95598, type: .complaint, category: .supplyQuality,
                area: "JY-HLG", customer: .init(account: "*******0008", name: "赵*", phone: "139****0008", named: true),
                receivedAt: at("2026-04-15T08:00:00+08:00"), closedAt: at("2026-04-25T17:00:00+08:00"),
                highestTier: .leadership, finalUnit: "leadership", firstOwner: Owner(unit: "st-halinge", person: "供电所长 高峰"),
                responsibility: .station, satisfaction: .satisfied, callbacks: 3, urges: 2, pausedSeconds: 3_600,
                isRepeat: true, matchedTicketNo: "95598-20260401-0311", onTime: false, appeal: .rejected,
                emergencyPlan: true, warningFiled: true,
                steps: [
                    .init(step: "H9", unit: "leadership", tier: .leadership, startedAt: at("2026-04-24T09:00:00+08:00"),
                          dueAt: at("2026-04-25T09:00:00+08:00"), endedAt: at("2026-04-25T16:00:00+08:00"),
                          limit: "1 working day", tookSeconds: 111_600, onTime: false),
                ],
                commitments: [
                    .init(description: "更换变压器", dueAt: at("2026-04-30T18:00:00+08:00"), unit: "leadership", fate: .open),
                ],
                closedLoop: .init(
                    accepted: .present, registered: .present, proposed: .present, transferred: .notApplicable,
                    urged: .present, supervised: .present, investigationReport: .present, handlingOpinion: .present),
                fourNotLetGo: .init(verified: true, corrected: true, measuresInPlace: false, customerSatisfied: true),
                falseResolution: .init(unit: "st-halinge", at: at("2026-04-18T10:00:00+08:00")),
                timeline: [
                    .init(at: at("2026-04-15T08:00:00+08:00"), type: .complaintRegistered, unit: "st-halinge",
                          tier: .station),
                    .init(at: at("2026-04-20T09:00:00+08:00"), type: .emergencyStarted, unit: "marketing",
                          tier: .marketing, by: "领导小组 王志强", summary: "启动应急预案"),
                ]),
        ]
    case .unitScored:
        [
            UnitScored(unit: "st-halinge", tier: .station, ruleId: .s2, entry: 7, points: -1, reason: "未执行应急预案",
                       ticketNo: "95598-20260415-0008", events: ["callback:95598-20260415-0008:closed:1"], period: "2026-04", total: -1.2, team: "运维班", person: "马腾"),
            UnitScored(unit: "st-saihan", tier: .station, ruleId: .s8, entry: 12, points: 2, reason: "全年无投诉",
                       period: "2026-12", total: 2.3),
        ]
    case .reportPublished:
        [ReportPublished(
            reportId: "monthly-2026-04-csc", kind: .monthly, scope: "csc", periodStart: at("2026-04-01T00:00:00+08:00"),
            periodEnd: at("2026-05-01T00:00:00+08:00"),
            kpis: .init(callbackRate: 1, onTimeReplyRate: 0.875, completionRate: 0.5, satisfactionRate: 0,
                        substantiatedRate: nil),
            counts: .init(received: 8, closed: 4, repeatDemands: 1, escalated: 2,
                          byType: [.complaint: 5, .report: 1, .praise: 2],
                          byCategory: [.theft: 1, .supplyQuality: 3, .attitude: 2], byLevel: [.v: 2, .i: 1, .iv: 1]),
            units: [.init(unit: "st-saihan", rank: 1, points: 2.3, complaints: 0),
                    .init(unit: "st-halinge", rank: 2, points: -1.2, complaints: 5)],
            summary: "哈林格尔供电所供电质量投诉集中")]
    case .messageRejected:
        [
            MessageRejected(
                sourceTopic: .unitsReports, partition: 3, offset: 0, reason: "missing header ce_time",
                reasonCode: .missingHeader, original: Data("{\"ticketNo\":\"x\"}".utf8), originalKey: nil,
                headers: ["ce_specversion": "1.0", "ce_type": "handling.accepted"]),
            MessageRejected(
                sourceTopic: .callbacksResults, partition: 0, offset: 9_000_000_000, reason: "handler failed",
                reasonCode: .unhandled, original: Data([0xFF, 0x00, 0x7B]), originalKey: "95598-20260415-0007",
                headers: [:]),
        ]
    }
}
