import CivilTime
import Contracts
import Foundation
import TicketClassification

/// The repeat-demand rules of seed 004 (R1–R3) as one decision over a customer's earlier tickets.
public struct RepeatDemandRules: Sendable {
    public let sameEvent: IntakeRules.SameEventRules
    private let boilerplate: PhraseSet
    let resultDemandCues: PhraseSet
    let routineConsultationCues: PhraseSet

    /// `normalizer` is the one the tickets' texts are folded with, so the phrases of `sameEvent` are folded alike.
    public init(sameEvent: IntakeRules.SameEventRules, normalizer: TextNormalizer) {
        self.sameEvent = sameEvent
        boilerplate = PhraseSet(sameEvent.boilerplate, normalizer: normalizer)
        resultDemandCues = PhraseSet(sameEvent.resultDemandCues, normalizer: normalizer)
        routineConsultationCues = PhraseSet(sameEvent.routineConsultationCues, normalizer: normalizer)
    }

    /// The words of a ticket as matching compares them; `normalized` is its text after the intake's normaliser.
    public func words(_ normalized: [Unicode.Scalar]) -> EventWords {
        EventWords(normalized: normalized, removing: boilerplate)
    }

    /// The new ticket as the rules see it: its channel, type, settled category, words and time.
    public struct NewTicket: Sendable {
        public var type: TicketType
        public var category: Category?
        /// The whole text, normalised: the cues of a new demand are looked for in it.
        public var normalizedText: [Unicode.Scalar]
        public var words: EventWords
        public let receivedAt: Date
        public var channel: Channel
        /// The hotline's word that a consultation was solved at once (R2); nil when it did not say.
        public var solvedAtOnce: Bool?
        /// The earliest moment an earlier ticket counts (`windowStart(before:)`), worked out once: the register's
        /// history query and the verdict both need it.
        public let windowStart: Date

        public init(
            type: TicketType, category: Category?, normalizedText: [Unicode.Scalar], words: EventWords, receivedAt: Date,
            channel: Channel, solvedAtOnce: Bool? = nil
        ) {
            self.type = type
            self.category = category
            self.normalizedText = normalizedText
            self.words = words
            self.receivedAt = receivedAt
            self.channel = channel
            self.solvedAtOnce = solvedAtOnce
            windowStart = RepeatDemandRules.windowStart(before: receivedAt)
        }
    }

    /// The earliest moment an earlier ticket counts: one calendar month before, in Beijing time (3 March 10:00 looks
    /// back to 3 February 10:00; 31 March to 28 or 29 February).
    public static func windowStart(before moment: Date) -> Date {
        BeijingTime.adding(months: -1, to: moment)
    }

    /// Channels whose calls are never merged into another channel's ticket: the regulator's complaint (12398) is
    /// handled, timed and scored on its own, so it is registered and linked to the open ticket instead (R3c). 12345
    /// would join them, but it is no `Channel` of the contracts yet.
    public static let channelsRegisteredOnTheirOwn: Set<Channel> = [.regulator12398]

    /// Why a call about an open ticket must not be merged into it as an urge, or nil when it may: a regulator's call
    /// about another channel's ticket, and a complaint about an open opinion (the matter escalated: the complaint
    /// needs the complaint's handling, deadlines and scoring, which the opinion does not have). Either is registered
    /// on its own and linked to the open ticket; neither is a repeat (R3c). `channel` is the call's channel when it
    /// decided.
    static func whyNotMerged(_ ticket: NewTicket, into open: EarlierTicket) -> (reason: String, channel: Channel?)? {
        if channelsRegisteredOnTheirOwn.contains(ticket.channel) && open.channel != ticket.channel {
            return ("a \(ticket.channel.rawValue) call is never merged into another channel's ticket", ticket.channel)
        }
        if ticket.type == .complaint && open.type == .opinion {
            return ("a complaint is never merged into an opinion: the matter escalated", nil)
        }
        return nil
    }

    /// Decides on `ticket` given the customer's earlier tickets (any order; those outside the window or not counted
    /// are ignored here, so the caller may pass more). Every earlier ticket is taken as it stood at the new ticket's
    /// `receivedAt`.
    public func verdict(for ticket: NewTicket, history: [EarlierTicket]) -> RepeatDemandVerdict {
        if let excluded = exclusion(of: ticket) { return excluded }
        let candidates = history.filter { earlier in
            earlier.countsForRepeats && Self.isCounted(earlier.type)
                && earlier.receivedAt >= ticket.windowStart && earlier.receivedAt <= ticket.receivedAt
        }
        // The most recent match is the one the customer is calling about.
        let matches = candidates.compactMap { earlier in sameEvent(of: ticket, as: earlier).map { (earlier, $0) } }
        guard let (matched, event) = matches.max(by: { ($0.0.receivedAt, $0.0.ticketNo) < ($1.0.receivedAt, $1.0.ticketNo) })
        else { return .notRepeat }

        let (state, since) = matched.standing(at: ticket.receivedAt)
        var evidence = RepeatEvidence(
            sameCustomer: matched.sameCustomer, sameEvent: event.kind, similarity: event.similarity.hundredths,
            sharedWords: ticket.words.sharedWords(with: matched.words, limit: 12), earlierState: state,
            earlierStateSince: since)
        let number = matched.ticketNo
        let why = "same customer (\(matched.sameCustomer.rawValue)) and same event as \(number) (\(event.description(of: matched)), "
            + "text similarity \(event.similarity.twoDecimals)) within one month"
        switch state {
        case .malicious:
            return .excluded(rule: .r3a, matched: number, reason: "\(why); that demand was found malicious or unreasonable",
                             evidence: evidence)
        case .open:
            if let (ownTicket, channel) = Self.whyNotMerged(ticket, into: matched) {
                evidence.channel = channel
                return .excluded(
                    rule: .r3c, matched: number,
                    reason: "\(why); that ticket is still in progress and not overdue, so this is no repeat, but "
                        + "\(ownTicket): registered on its own and linked to \(number)",
                    evidence: evidence)
            }
            // R3c: the customer is chasing a ticket still in time, so it is an urge on it and not a new demand.
            return .urge(on: number, reason: "\(why); that ticket is still in progress and not overdue, so this call urges it",
                         evidence: evidence)
        case .overdue:
            return .repeatDemand(matched: number, reason: "\(why); that ticket is overdue", evidence: evidence)
        case .finished:
            let cues = resultDemandCues.found(in: ticket.normalizedText).map { resultDemandCues.phrases[$0] }
            if !cues.isEmpty {
                evidence.cues = cues
                return .excluded(
                    rule: .r3b, matched: number,
                    reason: "\(why); that ticket is finished and this is a new demand about its result "
                        + "(\(cues.joined(separator: ", ")))",
                    evidence: evidence)
            }
            return .repeatDemand(matched: number, reason: "\(why); that ticket was finished but the problem is raised again",
                                 evidence: evidence)
        }
    }
}

extension Double {
    /// Two decimals, as `%.2f` writes a value between 0 and 1 (ties to even), without Foundation's formatter, which
    /// cost more than the comparison itself.
    var twoDecimals: String {
        let hundredths = Int((self * 100).rounded(.toNearestOrEven))
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// Rounded to two decimals, as `twoDecimals` writes it.
    var hundredths: Double { (self * 100).rounded(.toNearestOrEven) / 100 }
}
