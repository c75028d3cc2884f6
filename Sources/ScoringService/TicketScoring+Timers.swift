import Contracts
import Foundation

extension TicketScoring {
    /// A ticket's timer fell due at `cause.at`.
    public func fire(_ timer: ScoringTimer, cause: ScoringCause, ticket: ScoredTicket) -> ScoringDecision {
        switch timer {
        case .cscAnalysis: cscAnalysisDue(cause: cause, ticket: ticket)
        case .averted: avertedDue(cause: cause, ticket: ticket)
        }
    }

    /// S5: the CSC's analysis window after the close ended. Without an analysis in it, −1 (the cause not found); with
    /// one that does not say whether the complaint was true or whom it traces to (S10), −0.2.
    func cscAnalysisDue(cause: ScoringCause, ticket: ScoredTicket) -> ScoringDecision {
        var decision = ScoringDecision(ticket: ticket)
        guard let csc, !ticket.malicious, !ticket.upheldAppeals.contains(csc.id) else { return decision }
        guard let analysis = ticket.cscAnalysis, analysis.at <= cause.at else {
            decision.charge(entry(
                .s5, "-cause", unit: csc.id, points: settings.points.cscCauseMissing,
                reason: "结案后\(settings.analysisWorkingDays)个工作日内未查明投诉原因", ticket: ticket, cause: cause))
            return decision
        }
        var lacking: [String] = []
        if analysis.substantiated == nil { lacking.append("是否查实") }
        if analysis.team == nil || analysis.person == nil { lacking.append("责任班组和责任人") }
        if !lacking.isEmpty {
            decision.charge(entry(
                .s5, "-report", unit: csc.id, points: settings.points.cscReportIncomplete,
                reason: "分析报告未说明\(lacking.joined(separator: "、"))", ticket: ticket, cause: cause))
        }
        return decision
    }

    /// S7: a month after the close with no 95598 or 12398 complaint about the event: the station averted it.
    func avertedDue(cause: ScoringCause, ticket: ScoredTicket) -> ScoringDecision {
        var decision = ScoringDecision(ticket: ticket)
        guard let station = avertingStation(ticket), mayCharge(station, for: ticket) else { return decision }
        decision.charge(entry(
            .s7, unit: station, points: settings.points.averted,
            reason: "供电所主动沟通化解，结案后\(settings.avertedWindowMonths)个月内客户未再通过95598或12398投诉",
            ticket: ticket, cause: cause))
        return decision
    }
}
