/// A ticket's type: 投诉, 举报, 意见, 咨询, 故障报修, 表扬.
public enum TicketType: String, CaseIterable, Sendable, Codable, CodingKeyRepresentable {
    case complaint, report, opinion, consultation, repair, praise
}
