import Contracts
import Foundation

extension TicketScoring {
    /// The unit verified the ticket (H2): a station that finds it its own responsibility is the one S2 charges.
    public func verified(_ report: HandlingVerified, ticket: ScoredTicket) -> ScoringDecision {
        var decision = ScoringDecision(ticket: ticket)
        decision.ticket.responsibility = report.responsibility
        if report.responsibility == .station, tier(of: report.unit) == .station {
            decision.ticket.responsibleStation = report.unit
        }
        return decision
    }

    /// An early warning (E3): a station that filed one before a complaint arrived carried out the plan (S2 waived).
    public func warned(_ warning: WarningFiled, cause: ScoringCause, ticket: ScoredTicket) -> ScoringDecision {
        var decision = ScoringDecision(ticket: ticket)
        decision.ticket.warnings.append(.init(unit: warning.unit, at: cause.at))
        return decision
    }

    /// An analysis of the event (E8): the station's answers S3, the CSC's S5, and either traces the ticket to a team
    /// and a person (S10) and says whether it was true (S12's substantiated rate).
    public func analysed(_ analysis: AnalysisSubmitted, cause: ScoringCause, ticket: ScoredTicket) -> ScoringDecision {
        var decision = ScoringDecision(ticket: ticket)
        let record = ScoredTicket.Analysis(
            unit: analysis.unit, at: cause.at, substantiated: analysis.substantiated, team: analysis.tracedTo?.team,
            person: analysis.tracedTo?.person, eventId: cause.id)
        switch tier(of: analysis.unit) {
        case .csc: decision.ticket.cscAnalysis = record
        case .station: decision.ticket.stationAnalysis = record
        default: break
        }
        return decision
    }

    /// An appeal filed (R7): its ground decides, when upheld, whether the ticket was malicious (S4).
    public func appealFiled(_ appeal: AppealFiled, ticket: ScoredTicket) -> ScoringDecision {
        var decision = ScoringDecision(ticket: ticket)
        decision.ticket.appealGrounds[appeal.unit] = appeal.ground
        return decision
    }

    /// An appeal decided. Upheld, it removes the ticket from the unit's counts and reverses the unit's entries for it
    /// (R7); on the ground that the complaint was malicious, no station is charged for it any more (S4), and the
    /// station entries already made are reversed.
    public func appealDecided(_ appeal: AppealDecided, cause: ScoringCause, ticket: ScoredTicket) -> ScoringDecision {
        var decision = ScoringDecision(ticket: ticket)
        guard appeal.decision == .upheld, !ticket.upheldAppeals.contains(appeal.unit) else { return decision }
        decision.ticket.upheldAppeals.append(appeal.unit)
        if ticket.appealGrounds[appeal.unit] == .malicious {
            decision.ticket.malicious = true
            decision.reverse(by: .s4, reason: "投诉经申诉认定为恶意投诉，撤销对供电所的考核", cause: cause) { charge in
                [.s2, .s3].contains(charge.rule)
            }
        }
        decision.reverse(by: .r7, reason: "申诉成立，该工单不计入本单位考核", cause: cause) { $0.unit == appeal.unit }
        return decision
    }

    /// Escalation's missed E8 step: the station's analysis did not reach the CSC in time (S3).
    public func analysisMissed(_ missed: DeadlineMissed, cause: ScoringCause, ticket: ScoredTicket) -> ScoringDecision {
        var decision = ScoringDecision(ticket: ticket)
        guard missed.step == "E8", missed.tier == .station, mayCharge(missed.unit, for: ticket) else { return decision }
        decision.charge(entry(
            .s3, unit: missed.unit, points: settings.points.stationAnalysisMissing,
            reason: "未在结案后\(settings.analysisWorkingDays)个工作日内向客户服务中心报送事件经过及原因分析", ticket: ticket,
            cause: cause))
        return decision
    }
}
