import Contracts
import Foundation
import Units

/// The closed record of a synthetic ticket as the callback service publishes it (`complaint.closed`): its steps, the
/// timeline they make (registered, assigned, verified, each result or move up, each callback), the closed loop (S1),
/// "four not let go" (S11) and the masked customer.
struct SyntheticStory {
    var profile: TicketProfile
    var registered: ComplaintRegistered
    var first: Units.Unit
    var final: Units.Unit
    var steps: [ComplaintClosed.StepRecord]
    var closedAt: Date
    var verifiedAt: Date

    func closed(customerNumber number: Int) -> ComplaintClosed {
        let satisfaction = profile.satisfaction
        let supervised = profile.raised > 0
        let digits = String(format: "%04d", number % 10_000)
        return ComplaintClosed(
            ticketNo: registered.ticketNo, channel: profile.channel, type: profile.type, category: profile.category,
            area: profile.area,
            customer: .init(account: "*******\(digits)", name: "王**", phone: "139****\(digits)", named: satisfaction != nil),
            receivedAt: registered.ticket.receivedAt, closedAt: closedAt, highestTier: final.tier, finalUnit: final.id,
            firstOwner: registered.firstOwner, responsibility: profile.responsibility, satisfaction: satisfaction,
            noCallbackReason: satisfaction == nil ? "匿名来电，未留联系方式" : nil,
            callbacks: satisfaction == nil ? 0 : satisfaction == .unreachable ? 2 : 1,
            isRepeat: profile.isRepeat, matchedTicketNo: registered.repeatDemand.matchedTicketNo,
            onTime: steps.allSatisfy(\.onTime), appeal: .none, emergencyPlan: false, steps: steps,
            closedLoop: .init(
                accepted: .present, registered: .present, proposed: .present, transferred: .notApplicable,
                urged: .notApplicable, supervised: supervised ? .present : .notApplicable,
                investigationReport: profile.missingReport ? .missing : .present, handlingOpinion: .present),
            fourNotLetGo: .init(
                verified: true, corrected: !profile.falseResolution, measuresInPlace: true,
                customerSatisfied: satisfaction == .satisfied),
            falseResolution: profile.falseResolution ? .init(unit: final.id, at: closedAt) : nil,
            timeline: timeline())
    }

    /// Every event of the ticket in order: a ladder step ends with a move up while a higher tier's step follows,
    /// with the result otherwise; the callback step with the callback.
    func timeline() -> [ComplaintClosed.TimelineEntry] {
        var entries: [ComplaintClosed.TimelineEntry] = [
            .init(at: registered.ticket.receivedAt, type: .complaintRegistered, unit: registered.firstOwner.unit),
            .init(at: steps[0].startedAt, type: .complaintAssigned, unit: first.id, tier: first.tier),
            .init(at: verifiedAt, type: .handlingVerified, unit: first.id, tier: first.tier, by: person(of: first),
                  summary: profile.responsibility == .station ? "核实为供电所责任" : "核实为客户原因"),
        ]
        let ladder = steps.filter { $0.step != "C1" && $0.step != "H2" }
        for (index, step) in ladder.enumerated() {
            if index + 1 < ladder.count {
                let next = ladder[index + 1]
                entries.append(.init(at: step.endedAt, type: .complaintEscalated, unit: next.unit, tier: next.tier))
            } else {
                entries.append(.init(
                    at: step.endedAt, type: .handlingResolved, unit: step.unit, tier: step.tier, by: person(of: final),
                    summary: "已处理并答复客户"))
            }
        }
        if let callback = steps.last, callback.step == "C1", let satisfaction = profile.satisfaction {
            entries.append(.init(at: callback.endedAt, type: .callbackRecorded, by: "客户代表 张敏", summary: satisfaction.rawValue))
        }
        return entries
    }

    /// Who acts for `unit`: its first person at the unit's entry role.
    func person(of unit: Units.Unit) -> String {
        unit.people(in: unit.entryRole).first?.label ?? unit.name
    }
}
