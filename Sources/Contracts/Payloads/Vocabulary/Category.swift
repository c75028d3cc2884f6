/// A ticket's category: the 14 complaint categories (seed 000 §3), then the two report categories.
public enum Category: String, CaseIterable, Sendable, Codable, CodingKeyRepresentable {
    /// 表封问题
    case meterSeal = "meter-seal"
    /// 错抄表
    case wrongReading = "wrong-reading"
    /// 错停电
    case wrongDisconnection = "wrong-disconnection"
    /// 电价不合理
    case tariff
    /// 工作态度
    case attitude
    /// 工作质量
    case workQuality = "work-quality"
    /// 供电质量
    case supplyQuality = "supply-quality"
    /// 故障停电处理超期
    case repairOverdue = "repair-overdue"
    /// 计划停电问题
    case plannedOutage = "planned-outage"
    /// 家电损坏
    case applianceDamage = "appliance-damage"
    /// 欠费超期复电
    case lateReconnection = "late-reconnection"
    /// 收费不合理
    case charges
    /// 违反承诺
    case brokenCommitment = "broken-commitment"
    /// 违反承诺时限
    case commitmentDeadline = "commitment-deadline"
    /// Report: 窃电及违约用电.
    case theft
    /// Report: 其他.
    case other

    /// Whether the category may be given to a ticket of `type`, as the schemas' if/then rules say: complaint
    /// categories for complaints, theft/other for reports, anything for the types that have no categories.
    public func fits(_ type: TicketType) -> Bool {
        let isReportCategory = self == .theft || self == .other
        switch type {
        case .complaint: return !isReportCategory
        case .report: return isReportCategory
        case .opinion, .consultation, .repair, .praise: return true
        }
    }
}
