import Contracts
import Foundation
import IntakeService

/// The shipped repeat-demand rules (R1–R3), and the tickets their tests judge: a new call and the customer's earlier
/// tickets, their texts folded by the intake's normaliser (traditional characters included).
struct RepeatFixtures {
    let rules = RepeatDemandRules(sameEvent: shippedConfiguration.rules.sameEvent, normalizer: shippedConfiguration.normalizer)

    func words(_ text: String) -> EventWords { rules.words(shippedConfiguration.normalizer.scalars(text)) }

    /// A new call received at `at`.
    func new(
        _ text: String, type: TicketType = .complaint, category: Category? = .wrongReading,
        at: String = "2026-03-20T10:00:00+08:00", channel: Channel = .hotline95598, solvedAtOnce: Bool? = nil
    ) -> RepeatDemandRules.NewTicket {
        .init(type: type, category: category, normalizedText: shippedConfiguration.normalizer.scalars(text),
              words: words(text), receivedAt: beijing(at), channel: channel, solvedAtOnce: solvedAtOnce)
    }

    /// An earlier ticket received at `at`; its progress changed at the moments given (nil: never).
    func earlier(
        _ number: String, _ text: String, type: TicketType = .complaint, category: Category? = .wrongReading,
        channel: Channel = .hotline95598, at: String = "2026-03-02T09:00:00+08:00", counts: Bool = true,
        sameCustomer: RepeatEvidence.SameCustomer = .account, overdueSince: String? = nil, finishedAt: String? = nil,
        maliciousSince: String? = nil
    ) -> EarlierTicket {
        EarlierTicket(
            ticketNo: number, type: type, category: category, channel: channel, receivedAt: beijing(at), words: words(text),
            countsForRepeats: counts, sameCustomer: sameCustomer, overdueSince: overdueSince.map(beijing),
            finishedAt: finishedAt.map(beijing), maliciousSince: maliciousSince.map(beijing))
    }

    /// The customer's first call about a bill twice as high as usual, and the second call about it.
    static let firstCall = "客户反映本月电费比上月高出一倍，怀疑抄表员抄错表，要求核实。"
    static let secondCall = "客户再次来电，说上次反映电费翻倍、抄表员抄错表的事到现在没人核实，非常不满。"
}
