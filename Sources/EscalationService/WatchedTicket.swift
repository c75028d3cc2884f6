import Contracts
import Foundation
import HandlingLadder
import ServiceKit

/// What escalation keeps of one ticket between messages: who holds it, the step they are on and when it is due,
/// the level reached, the clock's pauses, the national bound, supervision, the early warning and emergency plan, the
/// unit's promise, and whether it is closed.
public struct WatchedTicket: TicketState, Equatable {
    public var ticketNo: String
    /// From `complaint.registered`; nil while only an assignment was seen.
    public var type: TicketType?
    public var channel: Channel?
    public var receivedAt: Date?
    /// The unit and role routing last placed it with.
    public var holder: Holder?
    /// The step running now; nil between steps (after a contact or a result, or while routing moves it).
    public var step: ActiveStep?
    /// The highest tier that had to act (V–I); it never goes down.
    public var level: Level?
    public var responsibility: Responsibility?
    /// Set while the ticket waits on the customer (H3).
    public var pausedSince: Date?
    /// Every finished pause, in seconds.
    public var pausedSeconds: Int = 0
    /// The national answer bound as received, before pauses; nil for types without one.
    public var answerBy: Date?
    /// When a unit first reported a result, which answers the bound.
    public var answeredAt: Date?
    /// The bound's urge went out; a resumed clock does not send it again.
    public var boundUrged: Bool = false
    /// The role the ticket was sent up to, until routing's assignment arrives: a second reason to move it up before
    /// then is about the same holder and does not move it twice.
    public var movingTo: LadderRole?
    /// Urges on the ticket: the service's (催办) and the customer's own calls (R3c), counted together.
    public var urges: Int = 0
    /// The customer's calls merged into the ticket.
    public var customerUrges: Int = 0
    /// Supervision rounds opened (C2); `supervisionPending` until routing has placed the round's work.
    public var supervisionRound: Int = 0
    public var supervisionPending: Bool = false
    /// Early warning filed (E3).
    public var warningFiledAt: Date?
    public var emergencyStartedAt: Date?
    public var emergencyLiftedAt: Date?
    /// The promises made to the customer (R5).
    public var promises = PromiseBook()
    /// The unit whose analysis report is due after closing (E8): the last station that held it, else the first unit.
    public var analysisUnit: String?
    public var analysisTier: Tier?
    public var analysis: AnalysisState = .notDue
    public var closedAt: Date?

    public init(ticketNo: String) { self.ticketNo = ticketNo }

    /// Who holds the ticket.
    public struct Holder: Codable, Sendable, Equatable {
        public var unit: String
        public var tier: Tier
        /// Who acts there, in the ladder's terms (staff, technician, head, or the tier above the station).
        public var role: LadderRole
    }

    /// A running step of the ladder.
    public struct ActiveStep: Codable, Sendable, Equatable {
        public var id: LadderStepID
        public var startedAt: Date
        public var dueAt: Date
    }

    /// The analysis report after closing (E8).
    public enum AnalysisState: String, Codable, Sendable {
        case notDue = "not-due", due, submitted, missed
    }

    /// Whether the ticket is closed.
    public var isClosed: Bool { closedAt != nil }

    /// The ladder and the national bound apply (complaints, reports and opinions by default): a type the limits
    /// file bounds. A ticket seen only through its assignment is watched until its registration says otherwise.
    func isWatched(by ladder: Ladder) -> Bool {
        guard let type, let channel else { return true }
        return ladder.bound(for: type, channel: channel) != nil
    }

    /// The bound's due time, moved by every pause so far.
    var boundDue: Date? { answerBy?.addingTimeInterval(TimeInterval(pausedSeconds)) }
}
