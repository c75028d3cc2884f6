import CivilTime
import Contracts
import Foundation

extension TicketScoring {
    /// The ticket closed with its whole story: the station's complaint (S2), the record's findings (S6), the money
    /// linkage (S9), and the timers of the CSC's analysis (S5) and of the averted complaint (S7).
    public func closed(_ facts: ClosedFacts, cause: ScoringCause, ticket: ScoredTicket, earlier: ScoredTicket?) -> ScoringDecision {
        var decision = ScoringDecision(ticket: ticket)
        decision.ticket.closing = .init(
            at: facts.closedAt, eventId: cause.id, level: facts.level, highestTier: facts.highestTier,
            responsibility: facts.responsibility, satisfaction: facts.satisfaction, callbacks: facts.callbacks,
            steps: facts.steps.map { .init(step: $0.step, endedAt: $0.endedAt, seconds: $0.tookSeconds, onTime: $0.onTime) },
            missingLoopSteps: facts.closedLoop.missing, falseResolutionBy: facts.falseResolution?.unit,
            fourNotLetGoMissed: facts.fourNotLetGo.missed,
            commitmentsBroken: facts.commitments.filter { $0.fate == .broken }.count)
        if facts.responsibility != nil { decision.ticket.responsibility = facts.responsibility }
        chargeStationComplaint(&decision, cause: cause, earlier: earlier)
        chargeRecordFindings(&decision, cause: cause)
        flagMoney(&decision, cause: cause)
        if isCountedComplaint(ticket.registration), !decision.ticket.malicious {
            decision.schedule(.cscAnalysis, at: (try? calendar.adding(workingDays: settings.analysisWorkingDays, to: facts.closedAt))
                ?? facts.closedAt)
        }
        if avertingStation(decision.ticket) != nil {
            decision.schedule(.averted, at: BeijingTime.adding(months: settings.avertedWindowMonths, to: facts.closedAt))
        }
        return decision
    }

    /// S2: −1 to the station for a 95598 or 12398 complaint found to be its responsibility, unless it had filed an
    /// early warning on the matter (this ticket or the one intake matched it to) before the complaint arrived.
    func chargeStationComplaint(_ decision: inout ScoringDecision, cause: ScoringCause, earlier: ScoredTicket?) {
        let ticket = decision.ticket
        guard isCountedComplaint(ticket.registration), ticket.responsibility == .station,
              let station = ticket.responsibleStation ?? (ticket.unitTier == .station ? ticket.unit : nil),
              mayCharge(station, for: ticket), let receivedAt = ticket.registration?.receivedAt
        else { return }
        let warnings = ticket.warnings + (earlier?.warnings ?? [])
        guard !warnings.contains(where: { $0.unit == station && $0.at <= receivedAt }) else { return }
        decision.charge(entry(
            .s2, unit: station, points: settings.points.stationComplaint,
            reason: "发生\(ticket.registration?.channel.rawValue ?? "")投诉，经核实为供电所责任，且事前未报送预警、未执行应急预案",
            ticket: ticket, cause: cause))
    }

    /// S6: −0.2 for a closed record lacking a required closed-loop step (S1), to the first owner who keeps the record
    /// (P1), and −0.2 to the unit that reported a false resolution (R4).
    func chargeRecordFindings(_ decision: inout ScoringDecision, cause: ScoringCause) {
        let ticket = decision.ticket
        guard let closing = ticket.closing else { return }
        if !closing.missingLoopSteps.isEmpty,
           let keeper = [ticket.registration?.firstOwner, ticket.unit].compactMap({ $0 }).first(where: { tier(of: $0) != nil }) {
            decision.charge(entry(
                .s6, "-record", unit: keeper, points: settings.points.recordFinding,
                reason: "闭环记录不完整，缺少：\(closing.missingLoopSteps.joined(separator: "、"))", ticket: ticket, cause: cause))
        }
        if let unit = closing.falseResolutionBy, tier(of: unit) != nil {
            decision.charge(entry(
                .s6, "-false", unit: unit, points: settings.points.recordFinding,
                reason: "虚假工单：回复已处理，客户反映未处理", ticket: ticket, cause: cause))
        }
    }

    /// S9: a complaint that skipped levels or was the company's fault is linked to money; the entry carries no points.
    func flagMoney(_ decision: inout ScoringDecision, cause: ScoringCause) {
        let ticket = decision.ticket
        guard let registration = ticket.registration, registration.type == .complaint, !ticket.malicious else { return }
        let kind: UnitScored.MoneyLinkage.Kind
        let unit: String?
        if registration.skippedLevels {
            (kind, unit) = (.skippedLevels, ticket.responsibleStation ?? ticket.unit)
        } else if ticket.responsibility == .station {
            (kind, unit) = (.companyFault, ticket.responsibleStation ?? ticket.unit)
        } else {
            return
        }
        guard let unit, tier(of: unit) != nil, !ticket.upheldAppeals.contains(unit) else { return }
        let money = settings.money
        decision.charge(entry(
            .s9, unit: unit, points: 0,
            reason: kind == .skippedLevels ? "越级投诉，与经济责任挂钩" : "公司责任投诉，与经济责任挂钩",
            ticket: ticket, cause: cause,
            money: .init(amount: money.amount, leaderInCharge: money.amount * money.leaderInCharge,
                         professionalLine: money.amount * money.professionalLine, kind: kind)))
    }

    /// S7: the station that accepted the ticket itself (its first owner, not through a counted channel) when it closed
    /// satisfied with no 95598 or 12398 complaint about it yet.
    func avertingStation(_ ticket: ScoredTicket) -> String? {
        guard let registration = ticket.registration, let closing = ticket.closing,
              settings.avertedTypes.contains(registration.type),
              !settings.countedChannels.contains(registration.channel),
              tier(of: registration.firstOwner) == .station, closing.satisfaction == .satisfied,
              ticket.cameBackAs == nil, !ticket.malicious
        else { return nil }
        return registration.firstOwner
    }
}
