/// The deadlines escalation keeps for a ticket, one of each at most; each is a row of the runtime's deadline store
/// keyed by the ticket and this name, so scheduling one again moves it.
public enum WatchTimer: String, CaseIterable, Sendable {
    /// The current ladder step is due (H2–H10): `deadline.missed`, then the ticket moves up.
    case step
    /// The current step's urge (催办) at the configured share of its window: `deadline.approaching`.
    case stepUrge = "step-urge"
    /// The national bound on the whole ticket (step `N1`): `deadline.missed`, reported, not escalated.
    case bound
    /// The bound's urge.
    case boundUrge = "bound-urge"
    /// A unit's promise to the customer is due (R5): `commitment.overdue`.
    case commitment
    /// The complained-about unit's analysis report is due after closing (E8): `deadline.missed` with step E8.
    case analysis
}
