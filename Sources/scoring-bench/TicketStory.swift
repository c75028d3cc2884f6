import Contracts
import Foundation
import TestSupport
import Units

extension TicketMix {
    /// A ladder step as the ticket lives it: its name, the unit at it, its limit in words and seconds, and how long
    /// it took.
    private struct Leg {
        var step: String
        var unit: Units.Unit
        var limit: String
        var limitSeconds: Int
        var took: Int
    }

    /// Ticket `number`'s events, from its receipt at `receivedAt`: assigned within minutes, verified within about an
    /// hour (H2), handled at each tier it reaches, called back (C1), closed, then analysed within days. Everything
    /// after the receipt is squeezed to happen by `latest` (a month's last tickets close within the month).
    func ticket(_ number: Int, receivedAt: Date, latest: Date) -> SyntheticTicket {
        let profile = profile(number)
        var draw = Draws(-1 - number)
        let first = firstUnit(profile)
        var legs: [Leg] = []
        if first.tier == .station {
            legs.append(Leg(step: "H2", unit: first, limit: "1 hour", limitSeconds: 3_600, took: draw.seconds(600...4_200)))
            legs.append(profile.responsibility == .station
                ? Leg(step: "H4", unit: first, limit: "1 working day", limitSeconds: 86_400, took: draw.seconds(7_200...108_000))
                : Leg(step: "H3", unit: first, limit: "1 hour", limitSeconds: 3_600, took: draw.seconds(600...4_800)))
        } else {
            legs.append(workingDayLeg(first, took: draw.seconds(3_600...100_000)))
        }
        for raised in stride(from: 1, through: profile.raised, by: 1) {
            guard let unit = unit(of: Self.tier(raised, above: first.tier)) else { continue }
            legs.append(workingDayLeg(unit, took: draw.seconds(3_600...100_000)))
        }
        let final = legs[legs.count - 1].unit
        if profile.satisfaction != nil {
            legs.append(Leg(step: "C1", unit: final, limit: "10 minutes", limitSeconds: 600, took: draw.seconds(120...780)))
        }
        let (assigning, closing, analysing) = (draw.seconds(60...300), draw.seconds(0...120), draw.seconds(7_200...216_000))
        let total = assigning + legs.map(\.took).reduce(0, +) + closing + analysing
        let room = max(0, latest.timeIntervalSince(receivedAt))
        let scale = Double(total) > room ? room / Double(total) : 1
        for index in legs.indices { legs[index].took = Int(Double(legs[index].took) * scale) }
        let after = { (seconds: Int, from: Date) in from.addingTimeInterval(Double(seconds) * scale) }

        let assignedAt = after(assigning, receivedAt)
        var steps: [ComplaintClosed.StepRecord] = []
        var start = assignedAt
        for leg in legs {
            let end = start.addingTimeInterval(Double(leg.took))
            steps.append(.init(
                step: leg.step, unit: leg.unit.id, tier: leg.unit.tier, startedAt: start,
                dueAt: start.addingTimeInterval(Double(leg.limitSeconds)), endedAt: end, limit: leg.limit,
                tookSeconds: leg.took, onTime: leg.took <= leg.limitSeconds))
            start = end
        }
        let verifiedAt = first.tier == .station ? steps[0].endedAt : after(legs[0].took / 4, assignedAt)
        let closedAt = after(closing, start)
        let registered = registration(number, profile: profile, first: first, at: receivedAt)
        let story = SyntheticStory(
            profile: profile, registered: registered, first: first, final: final, steps: steps, closedAt: closedAt,
            verifiedAt: verifiedAt)
        return SyntheticTicket(
            registered: registered,
            assigned: ComplaintAssigned(
                ticketNo: registered.ticketNo, unit: first.id, tier: first.tier, role: first.entryRole,
                assignee: first.people(in: first.entryRole).first.map { ComplaintAssigned.Assignee(id: $0.id, name: $0.name) },
                owner: registered.firstOwner, reason: .area, deadline: .init(step: steps[0].step, dueAt: steps[0].dueAt)),
            verified: HandlingVerified(
                ticketNo: registered.ticketNo, unit: first.id, by: story.person(of: first),
                responsibility: profile.responsibility),
            closed: story.closed(customerNumber: number),
            analysis: analysis(of: registered.ticketNo, profile: profile, first: first),
            assignedAt: assignedAt, verifiedAt: verifiedAt, analysedAt: after(analysing, closedAt))
    }

    /// A step of a whole working day at `unit`: the step of its tier (H7 CSC, H8 marketing, H9d deputy, H9
    /// leadership, H6 a station's head).
    private func workingDayLeg(_ unit: Units.Unit, took: Int) -> Leg {
        let step = switch unit.tier {
        case .station: "H6"
        case .csc: "H7"
        case .marketing: "H8"
        case .deputy: "H9d"
        case .leadership: "H9"
        }
        return Leg(step: step, unit: unit, limit: "1 working day", limitSeconds: 86_400, took: took)
    }

    /// The intake's registration: a hotline ticket's first owner is the hotline, a ticket taken locally the station
    /// (or the CSC) that took it.
    private func registration(_ number: Int, profile: TicketProfile, first: Units.Unit, at time: Date) -> ComplaintRegistered {
        var registered = RegisteredTickets.registered(number, receivedAt: time)
        registered.ticket.channel = profile.channel
        registered.ticket.type = profile.type
        registered.ticket.category = profile.category
        registered.ticket.area = profile.area
        registered.classification.category = profile.category
        let local = directory.station(serving: profile.area) ?? unit(of: .csc) ?? first
        registered.firstOwner = [Channel.hotline95598, .regulator12398].contains(profile.channel)
            ? Owner(unit: "95598") : Owner(unit: local.id, person: local.people(in: .head).first?.label)
        if profile.isRepeat {
            registered.repeatDemand = .init(
                verdict: .`repeat`, matchedTicketNo: "95598-F-\(number)", reason: "同一户号同类诉求30天内再次来电",
                ruleIds: [.r1])
        }
        return registered
    }

    /// The analysis of the event (E8) by the profile's analyst: substantiated when the station was at fault, traced
    /// to a team and a person (S10) unless the profile leaves the person out.
    private func analysis(of ticketNo: String, profile: TicketProfile, first: Units.Unit) -> AnalysisSubmitted? {
        guard let tier = profile.analyst, let unit = tier == .station ? first : unit(of: tier) else { return nil }
        let substantiated = profile.responsibility == .station
        return AnalysisSubmitted(
            ticketNo: ticketNo, unit: unit.id, by: unit.people.first?.label ?? unit.name,
            cause: substantiated ? "现场核实为供电所工作差错" : "客户对政策理解有误", lessons: "业务培训不到位",
            measures: "加强复核并对相关人员培训", substantiated: substantiated,
            tracedTo: .init(team: "\(first.name)营业班", person: profile.traced ? "王强" : nil))
    }
}
