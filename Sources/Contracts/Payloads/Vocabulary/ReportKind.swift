/// The period a report covers (日监控、周通报、月分析, S10).
public enum ReportKind: String, CaseIterable, Sendable, Codable {
    case daily, weekly, monthly, annual
}
