import Contracts
import Foundation
import GRDB
import ServiceKit
import TicketClassification
import Units

/// Applies what the intake consumes: tickets to register (H1, R1–R3, R6, P1), and the progress of tickets already
/// registered (overdue from escalation, finished from callback, found malicious by an appeal) that repeat-demand
/// matching needs, each with the moment it became true.
struct IntakeHandler: EventHandler {
    let rules: IntakeRules
    let riskWords: RiskWords
    let validation: TicketValidation
    let classification: ClassificationDecision
    let repeats: RepeatDemandRules

    init(configuration: IntakeConfiguration, directory: UnitDirectory) {
        rules = configuration.rules
        riskWords = RiskWords(configuration.riskWords, normalizer: configuration.normalizer)
        validation = TicketValidation(rules: configuration.rules, directory: directory)
        classification = ClassificationDecision(classifier: configuration.classifier)
        repeats = RepeatDemandRules(sameEvent: configuration.rules.sameEvent, normalizer: configuration.normalizer)
    }

    func prepare(_ payload: any Sendable, of event: IncomingEvent) -> (any Sendable)? {
        // Called directly: `map(prepare)` took a copy of the whole handler, rules and models, for every ticket.
        guard let ticket = payload as? TicketSubmitted else { return nil }
        return prepare(ticket)
    }

    private func prepare(_ ticket: TicketSubmitted) -> PreparedTicket {
        PreparedTicket(ticket, validation: validation, classification: classification, repeats: repeats)
    }

    var routes: EventRoutes {
        EventRoutes()
            .on(TicketSubmitted.self) { ticket, _, context in
                try register(ticket, prepared: context.prepared as? PreparedTicket ?? prepare(ticket), in: context)
            }
            .on(DeadlineMissed.self) { missed, _, context in
                try TicketRegister.mark(missed.ticketNo, .overdue, at: missed.dueAt, in: context.db)
            }
            .on(CommitmentOverdue.self) { overdue, _, context in
                try TicketRegister.mark(overdue.ticketNo, .overdue, at: overdue.commitment.dueAt, in: context.db)
            }
            .on(ComplaintClosed.self) { closed, _, context in
                try TicketRegister.mark(closed.ticketNo, .finished, at: closed.closedAt, in: context.db)
                // An appeal upheld before the close: the demand was malicious or unreasonable (R3a).
                guard closed.appeal == .upheld else { return }
                try TicketRegister.mark(closed.ticketNo, .malicious, at: closed.closedAt, in: context.db)
            }
            .appealsDecided()
            .ignoring(
                .deadlineApproaching, .complaintEscalated, .supervisionOpened, .clockPaused, .clockResumed,
                because: "an urge, an escalation, supervision or a stopped clock does not change whether a ticket is "
                    + "overdue or finished")
    }

    /// Registers `submitted` as intake reads it (H1): refused only when it cannot be a ticket, else registered with
    /// its data problems.
    private func register(_ submitted: TicketSubmitted, prepared: PreparedTicket, in context: HandlerContext) throws {
        guard prepared.review.refusals.isEmpty else {
            throw Rejection("ticket \(submitted.ticketNo) cannot be registered: " + prepared.review.refusals.joined(separator: "; "))
        }
        let (review, newTicket) = prepared.received(at: context.now, validation: validation)
        let (ticket, settled) = (review.ticket, prepared.classification)
        let history = try TicketRegister.history(
            account: review.account, phone: review.phone, since: newTicket.windowStart, in: context.db)
        let verdict = repeats.verdict(for: newTicket, history: history)
        let entry = TicketRegister.Entry(
            review, check: newTicket, prepared: prepared, registeredAt: context.now, mergedInto: verdict.urgedTicket)

        // Written before anything is published: a number the register already holds is a resend or a conflict,
        // and publishes nothing (one statement finds that out and registers a new number).
        if let known = try TicketRegister.insertIfNew(entry, in: context.db) {
            // The hotline sent the same ticket again: it was registered (or merged) once, and that stands.
            if known.contentHash == entry.contentHash { return }
            throw Rejection("ticket \(ticket.ticketNo) conflicts with the ticket of the same number "
                + "\(known.mergedInto.map { "merged into \($0)" } ?? "registered") before: same number, different content; "
                + "the hotline must correct it under a new ticket number")
        }
        guard let repeatDemand = verdict.published else {
            if case .urge(let openTicket, let reason, _) = verdict {
                // The urge's own words raise risk too (R6), and the open ticket carries it from now on.
                let risk = RiskAssessment(
                    normalized: newTicket.normalizedText, channel: ticket.channel, riskWords: riskWords, isRepeat: false,
                    isHot: false)
                try context.publish(ComplaintMerged(
                    ticketNo: openTicket, mergedTicketNo: ticket.ticketNo, channel: ticket.channel, text: ticket.text,
                    receivedAt: ticket.receivedAt, reason: reason, ruleIds: [.r3c], riskFlags: risk.flags,
                    riskWords: risk.words))
            }
            return
        }
        let risk = RiskAssessment(
            normalized: newTicket.normalizedText, channel: ticket.channel, riskWords: riskWords,
            isRepeat: repeatDemand.verdict == .repeat,
            isHot: try isHot(ticket, category: prepared.categoryGrounded ? settled.category : nil, in: context.db))
        try context.publish(ComplaintRegistered(
            ticketNo: ticket.ticketNo, ticket: ticket, classification: settled, repeatDemand: repeatDemand,
            riskFlags: risk.flags, riskWords: risk.words, firstOwner: review.firstOwner,
            dataProblems: review.problems.isEmpty ? nil : review.problems))
    }

    /// Whether this ticket makes its area's category a hot issue: enough of them within the window, itself included.
    private func isHot(_ ticket: TicketSubmitted, category: Category?, in db: Database) throws -> Bool {
        guard let category else { return false }
        let threshold = rules.hotIssue.threshold
        let since = ticket.receivedAt.addingTimeInterval(-Double(rules.hotIssue.windowHours) * 3_600)
        return try TicketRegister.count(area: ticket.area, category: category, since: since, upTo: threshold, in: db) >= threshold
    }
}
