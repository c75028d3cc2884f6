import CivilTime
import Contracts
import Foundation
import TicketClassification

/// The repeat-demand rules of seed 004 (R1–R3) as one decision over a customer's earlier tickets.
public struct RepeatDemandRules: Sendable {
    public let sameEvent: IntakeRules.SameEventRules
    private let boilerplate: PhraseSet
    private let resultDemandCues: PhraseSet

    public init(sameEvent: IntakeRules.SameEventRules) {
        self.sameEvent = sameEvent
        boilerplate = PhraseSet(sameEvent.boilerplate)
        resultDemandCues = PhraseSet(sameEvent.resultDemandCues)
    }

    /// The words of a ticket as matching compares them; `normalized` is its text after `TextNormalizer.scalars`.
    public func words(_ normalized: [Unicode.Scalar]) -> EventWords {
        EventWords(normalized: normalized, removing: boilerplate)
    }

    /// The new ticket as the rules see it: its type, settled category, words and time.
    public struct NewTicket: Sendable {
        public var type: TicketType
        public var category: Category?
        /// The whole text, normalised (`TextNormalizer.scalars`): the cues of a new demand are looked for in it.
        public var normalizedText: [Unicode.Scalar]
        public var words: EventWords
        public let receivedAt: Date
        /// The earliest moment an earlier ticket counts (`windowStart(before:)`), worked out once: the register's
        /// history query and the verdict both need it.
        public let windowStart: Date

        public init(type: TicketType, category: Category?, normalizedText: [Unicode.Scalar], words: EventWords, receivedAt: Date) {
            self.type = type
            self.category = category
            self.normalizedText = normalizedText
            self.words = words
            self.receivedAt = receivedAt
            windowStart = RepeatDemandRules.windowStart(before: receivedAt)
        }
    }

    /// The earliest moment an earlier ticket counts: one calendar month before, in Beijing time (3 March 10:00 looks
    /// back to 3 February 10:00; 31 March to 28 or 29 February).
    public static func windowStart(before moment: Date) -> Date {
        BeijingTime.adding(months: -1, to: moment)
    }

    /// Types never counted: fault repair and praise (R2), consultations (R2's "solved at once", R3d).
    public static func isCounted(_ type: TicketType) -> Bool {
        switch type {
        case .repair, .praise, .consultation: false
        case .complaint, .report, .opinion: true
        }
    }

    /// Decides on `ticket` given the customer's earlier tickets (any order; those outside the window or of types that
    /// are never counted are ignored here, so the caller may pass more).
    public func verdict(for ticket: NewTicket, history: [EarlierTicket]) -> RepeatDemandVerdict {
        switch ticket.type {
        case .repair, .praise:
            return .excluded(rule: .r2, matched: nil, reason: "\(ticket.type.rawValue) tickets are not counted as repeat demands")
        case .consultation:
            return .excluded(rule: .r3d, matched: nil, reason: "consultations are not counted as repeat demands")
        case .complaint, .report, .opinion:
            break
        }
        let candidates = history.filter { earlier in
            Self.isCounted(earlier.type) && earlier.receivedAt >= ticket.windowStart && earlier.receivedAt <= ticket.receivedAt
        }
        // The most recent match is the one the customer is calling about.
        let matches = candidates.compactMap { earlier in similarity(of: ticket, to: earlier).map { (earlier, $0) } }
        guard let (matched, similarity) = matches.max(by: { ($0.0.receivedAt, $0.0.ticketNo) < ($1.0.receivedAt, $1.0.ticketNo) })
        else { return .notRepeat }

        let why = "same customer and same event as \(matched.ticketNo) (\(matched.category?.rawValue ?? matched.type.rawValue), "
            + "text similarity \(similarity.twoDecimals)) within one month"
        if matched.malicious {
            return .excluded(rule: .r3a, matched: matched.ticketNo, reason: "\(why); that demand was found malicious or unreasonable")
        }
        switch matched.progress {
        case .open:
            // R3c: the customer is chasing a ticket still in time, so it is an urge on it and not a new demand.
            return .urge(on: matched.ticketNo, reason: "\(why); that ticket is still in progress and not overdue, so this call urges it")
        case .overdue:
            return .repeatDemand(matched: matched.ticketNo, reason: "\(why); that ticket is overdue")
        case .finished:
            if let cue = resultDemandCues.found(in: ticket.normalizedText).first.map({ resultDemandCues.phrases[$0] }) {
                return .excluded(
                    rule: .r3b, matched: matched.ticketNo,
                    reason: "\(why); that ticket is finished and this is a new demand about its result (\(cue))")
            }
            return .repeatDemand(matched: matched.ticketNo, reason: "\(why); that ticket was finished but the problem is raised again")
        }
    }

    /// The similarity of the two tickets' words when they are about the same event, else nil: the same category and
    /// similar words, or, when either has no category, the same type and more similar words.
    func similarity(of ticket: NewTicket, to earlier: EarlierTicket) -> Double? {
        let similarity = ticket.words.similarity(to: earlier.words)
        if let category = ticket.category, let earlierCategory = earlier.category {
            return category == earlierCategory && similarity >= sameEvent.minimumSimilarityWithinCategory ? similarity : nil
        }
        return ticket.type == earlier.type && similarity >= sameEvent.minimumSimilarityWithoutCategory ? similarity : nil
    }
}

private extension Double {
    /// Two decimals, as `%.2f` writes a value between 0 and 1 (ties to even), without Foundation's formatter, which
    /// cost more than the comparison itself.
    var twoDecimals: String {
        let hundredths = Int((self * 100).rounded(.toNearestOrEven))
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
