import Contracts

/// The Chinese words a bureau's meeting reads for the keys a report carries as the contracts spell them. A key this
/// code does not know (a category added later) is shown as it is rather than dropped.
enum ReportLabels {
    /// 日监控, 周通报, 月分析 (S10).
    static func kind(_ kind: ReportKind) -> String {
        switch kind {
        case .daily: "日监控"
        case .weekly: "周通报"
        case .monthly: "月分析"
        case .annual: "年度考核"
        }
    }

    /// The causes R4 tracks; a key this code does not know is shown as it is.
    static func cause(_ key: String) -> String {
        ["not-first-time": "首次未解决", "commitment-broken": "承诺未兑现", "false-resolution": "虚假工单"][key] ?? key
    }

    static func category(_ key: String) -> String {
        guard let category = Category(rawValue: key) else { return key }
        // Exhaustive, so that a category added to the contracts cannot go unnamed here.
        switch category {
        case .meterSeal: return "表封问题"
        case .wrongReading: return "错抄表"
        case .wrongDisconnection: return "错停电"
        case .tariff: return "电价不合理"
        case .attitude: return "工作态度"
        case .workQuality: return "工作质量"
        case .supplyQuality: return "供电质量"
        case .repairOverdue: return "故障停电处理超期"
        case .plannedOutage: return "计划停电问题"
        case .applianceDamage: return "家电损坏"
        case .lateReconnection: return "欠费超期复电"
        case .charges: return "收费不合理"
        case .brokenCommitment: return "违反承诺"
        case .commitmentDeadline: return "违反承诺时限"
        case .theft: return "窃电及违约用电"
        case .other: return "其他"
        }
    }

    static func ticketType(_ key: String) -> String {
        guard let type = TicketType(rawValue: key) else { return key }
        switch type {
        case .complaint: return "投诉"
        case .report: return "举报"
        case .opinion: return "意见"
        case .consultation: return "咨询"
        case .repair: return "故障报修"
        case .praise: return "表扬"
        }
    }

    /// `V` → `V级`.
    static func level(_ key: String) -> String {
        Level(rawValue: key) == nil ? key : key + "级"
    }

    static func tier(_ key: String) -> String {
        guard let tier = Tier(rawValue: key) else { return key }
        switch tier {
        case .station: return "供电所"
        case .csc: return "客户服务中心"
        case .marketing: return "营销部"
        case .deputy: return "营销副局长"
        case .leadership: return "局领导"
        }
    }

    /// Why a complaint is linked to money (S9).
    static func flagKind(_ key: String) -> String {
        switch key {
        case "skipped-levels": "越级投诉"
        case "company-fault": "企业责任"
        default: key
        }
    }
}
