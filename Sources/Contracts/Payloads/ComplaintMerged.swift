import Foundation

/// `complaint.merged`: a new call about an open, not overdue ticket, merged into it as an urge (催办, R3c), with the
/// risk the call's own words raise (R6), which the open ticket now carries too.
public struct ComplaintMerged: TicketEventPayload {
    /// `complaint.merged`.
    public static let messageType = MessageType.complaintMerged

    /// The open ticket (the key).
    public var ticketNo: String
    /// The new call's ticket number.
    public var mergedTicketNo: String
    /// The new call's channel.
    public var channel: Channel
    /// The customer's words on the new call.
    public var text: String?
    /// When the new call came in.
    public var receivedAt: Date
    /// Why it was merged.
    public var reason: String
    /// The rules applied, at least one, without duplicates.
    public var ruleIds: [RuleID]
    /// The service risk warnings the call raises (R6), without duplicates: its risk words, its channel.
    public var riskFlags: [RiskFlag]
    /// Risk words found in the call's text, without duplicates.
    public var riskWords: [String]?

    /// Creates the payload.
    public init(
        ticketNo: String, mergedTicketNo: String, channel: Channel, text: String? = nil, receivedAt: Date,
        reason: String, ruleIds: [RuleID], riskFlags: [RiskFlag] = [], riskWords: [String]? = nil
    ) {
        self.ticketNo = ticketNo
        self.mergedTicketNo = mergedTicketNo
        self.channel = channel
        self.text = text
        self.receivedAt = receivedAt
        self.reason = reason
        self.ruleIds = ruleIds
        self.riskFlags = riskFlags
        self.riskWords = riskWords
    }
}
