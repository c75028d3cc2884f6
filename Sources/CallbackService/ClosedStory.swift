import Contracts
import Foundation

/// The closed ticket's whole story (`complaint.closed`), told once, when the loop is complete.
extension FollowDecision {
    /// Closes the ticket at `time` with the last callback's outcome (nil when no callback was possible, with the
    /// reason): the running step ends, the callback's timer goes, and `complaint.closed` tells the story. Only a
    /// registered ticket is closed; every caller has checked.
    mutating func close(at time: Date, satisfaction: CallbackOutcome?, noCallbackReason: String? = nil) {
        guard let registration = ticket.registration, !ticket.isClosed else { return }
        ticket.steps.end(at: time)
        if ticket.task != nil { cancel(.callback) }
        ticket.task = nil
        ticket.closedAt = time
        publish(ClosedStory.tell(ticket, registration: registration, closedAt: time, satisfaction: satisfaction,
                                 noCallbackReason: noCallbackReason))
    }
}

/// How the story is told from what the callback service kept.
enum ClosedStory {
    static func tell(
        _ ticket: FollowedTicket, registration: FollowedTicket.Registration, closedAt: Date,
        satisfaction: CallbackOutcome?, noCallbackReason: String?
    ) -> ComplaintClosed {
        let steps = ticket.steps.records(closedAt: closedAt)
        // The 95598 centre took and coordinated a ticket no unit was ever assigned (the CSC, level IV).
        let highestTier = ticket.highestTier ?? .csc
        return ComplaintClosed(
            ticketNo: ticket.ticketNo, channel: registration.channel, type: registration.type,
            category: registration.category, area: registration.area,
            customer: ComplaintClosed.MaskedCustomer(masking: registration.customer), receivedAt: registration.receivedAt,
            closedAt: closedAt, level: Level.highest(ticket.level, highestTier.level), highestTier: highestTier,
            finalUnit: ticket.holder?.unit ?? registration.firstOwner.unit, firstOwner: registration.firstOwner,
            responsibility: ticket.responsibility, satisfaction: satisfaction, noCallbackReason: noCallbackReason,
            callbacks: ticket.callbacks, urges: ticket.urges, pausedSeconds: ticket.pausedSeconds,
            isRepeat: registration.isRepeat, matchedTicketNo: registration.isRepeat ? registration.matchedTicketNo : nil,
            onTime: steps.allSatisfy(\.onTime) && !ticket.boundMissed, appeal: ticket.appeal,
            // Whether the leading group started its emergency plan (E4; its lift, E7, is in the timeline).
            emergencyPlan: ticket.emergencyStarted, warningFiled: ticket.warningFiled, steps: steps,
            commitments: ticket.promises.records, closedLoop: closedLoop(ticket, type: registration.type),
            fourNotLetGo: fourNotLetGo(ticket, satisfaction: satisfaction), falseResolution: ticket.falseResolution,
            timeline: inTimeOrder(ticket.timeline))
    }

    /// The events by their time; events of one time in the order they arrived. Messages about one ticket come on
    /// several topics, so an assignment can arrive before the registration it follows.
    static func inTimeOrder(_ timeline: [ComplaintClosed.TimelineEntry]) -> [ComplaintClosed.TimelineEntry] {
        timeline.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
    }

    /// S1, as we read it: accepted and registered are the registration itself; proposed (拟办) is routing's first
    /// assignment; transferred, urged (by escalation's 催办 or the customer's calls) and supervised are present when
    /// they happened and not applicable otherwise; the investigation report is the unit's verification, required
    /// of complaints and reports; the handling opinion is the unit's result.
    static func closedLoop(_ ticket: FollowedTicket, type: TicketType) -> ComplaintClosed.ClosedLoop {
        func required(_ done: Bool) -> ComplaintClosed.LoopCheck { done ? .present : .missing }
        func ifAny(_ done: Bool) -> ComplaintClosed.LoopCheck { done ? .present : .notApplicable }
        let investigated: ComplaintClosed.LoopCheck =
            ticket.verified ? .present : (type == .complaint || type == .report ? .missing : .notApplicable)
        return .init(
            accepted: .present, registered: .present, proposed: required(ticket.highestTier != nil),
            transferred: ifAny(ticket.transferred), urged: ifAny(ticket.urgedByService || ticket.urges > 0),
            supervised: ifAny(ticket.supervised), investigationReport: investigated,
            handlingOpinion: required(ticket.resolved))
    }

    /// S11, 四个不放过: verified; corrected (a result, not found false, R4); measures in place (no promise left open
    /// or broken); the customer satisfied.
    static func fourNotLetGo(_ ticket: FollowedTicket, satisfaction: CallbackOutcome?) -> ComplaintClosed.FourNotLetGo {
        .init(
            verified: ticket.verified, corrected: ticket.resolved && ticket.falseResolution == nil,
            measuresInPlace: ticket.promises.entries.allSatisfy { $0.fate == .kept || $0.fate == .replaced },
            customerSatisfied: satisfaction == .satisfied)
    }
}
