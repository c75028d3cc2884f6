import Contracts
import Foundation
import HandlingLadder
import ServiceKit

/// What the callback service keeps of one ticket until it closes: the registration (for the story), every event
/// with its time, where the ticket is and has been, its steps against their limits, the open callback, the tries,
/// and what the closed-loop checks need.
public struct FollowedTicket: TicketState, Equatable {
    public var ticketNo: String
    /// From `complaint.registered`; a ticket cannot close without it.
    public var registration: Registration?
    public var timeline: [ComplaintClosed.TimelineEntry] = []
    /// The unit and tier routing last moved it to.
    public var holder: Holder?
    public var highestTier: Tier?
    /// The highest level any event gave it (an early warning raises it without a tier acting).
    public var level: Level?
    public var responsibility: Responsibility?
    public var steps = StepTrack()
    public var promises = PromiseBook()
    /// The customer's calls merged into it (R3c).
    public var urges = 0
    /// From the latest `clock.resumed`.
    public var pausedSeconds = 0
    public var warningFiled = false
    public var emergencyStarted = false
    public var appeal: AppealStatus = .none
    /// What S1 and S11 look for.
    public var verified = false
    public var resolved = false
    public var transferred = false
    public var urgedByService = false
    public var supervised = false
    /// The national bound (N1) was missed.
    public var boundMissed = false
    /// The callback waiting for its outcome.
    public var task: CallbackTask?
    /// Callback outcomes recorded.
    public var callbacks = 0
    /// Failed tries to reach the customer since the last result.
    public var unreachableTries = 0
    public var falseResolution: ComplaintClosed.FalseResolution?
    public var closedAt: Date?

    public init(ticketNo: String) { self.ticketNo = ticketNo }

    /// What the registration says, as the story needs it.
    public struct Registration: Codable, Sendable, Equatable {
        public var channel: Channel
        public var type: TicketType
        public var category: Category?
        public var area: String?
        public var customer: Customer
        public var receivedAt: Date
        public var firstOwner: Owner
        public var isRepeat: Bool
        public var matchedTicketNo: String?
    }

    public struct Holder: Codable, Sendable, Equatable {
        public var unit: String
        public var tier: Tier
    }

    /// A callback due after a unit's result.
    public struct CallbackTask: Codable, Sendable, Equatable {
        public var step: CallbackStep
        /// The unit whose result is called back about.
        public var unit: String
        public var tier: Tier
        public var dueAt: Date
        public var attempt: Int
        public var method: ContactMethod
    }

    public var isClosed: Bool { closedAt != nil }

    /// Why no callback is possible: an anonymous reporter (C1 says a named one always gets a callback) who left no
    /// number to dial and no address to write to or visit; nil when one is.
    var noCallbackReason: String? {
        guard let customer = registration?.customer, !customer.named,
              !Self.canBeDialled(customer.phone), customer.address.isBlank else { return nil }
        return customer.phone.isBlank
            ? "an anonymous reporter who left no phone and no address: no callback is possible (C1)"
            : "an anonymous reporter who left no number that can be dialled and no address: no callback is possible (C1)"
    }

    /// How a result's callback reaches the customer (C1: by phone, letter or visit): by phone when they left a
    /// number a representative can dial, by letter to the address they left or their account's address on file,
    /// and otherwise by a visit, since a named reporter always gets a callback.
    var firstContact: ContactMethod {
        guard let customer = registration?.customer, !Self.canBeDialled(customer.phone) else { return .phone }
        return Self.canBeWrittenTo(customer) ? .letter : .visit
    }

    /// How a try after an unreachable one goes: the schedule's `method` when it can reach this customer, otherwise
    /// the way the first callback went. Calling a number that cannot be dialled, or writing to a customer who left no
    /// address and has no account on file, would only fail again.
    func retryContact(scheduled method: ContactMethod) -> ContactMethod {
        guard let customer = registration?.customer else { return method }
        switch method {
        case .phone where !Self.canBeDialled(customer.phone), .letter where !Self.canBeWrittenTo(customer): return firstContact
        default: return method
        }
    }

    /// Whether a letter can reach `customer`: at the address they left, or their account's address on file.
    private static func canBeWrittenTo(_ customer: Customer) -> Bool { !(customer.address.isBlank && customer.account.isBlank) }

    /// Whether a representative can dial `phone`: at least a local number's seven digits, whatever words come with
    /// them (`电话13904720001` can be dialled, `不详` cannot).
    private static func canBeDialled(_ phone: String?) -> Bool {
        guard let phone else { return false }
        return PhoneDigits(phone).subscriber.count >= 7
    }
}
