import Contracts
import Foundation

/// What scoring reads of `complaint.registered`.
public struct RegisteredFacts: PayloadView, Decodable, Equatable {
    public static let messageType = MessageType.complaintRegistered

    public struct Ticket: Decodable, Sendable, Equatable {
        public var channel: Channel
        public var type: TicketType
        public var category: Category?
        public var area: String?
        public var receivedAt: Date
    }

    /// The category intake settled on: the agent's, else the model's (a ticket registered without one still has a
    /// category to count and to find common problems by).
    public struct Classification: Decodable, Sendable, Equatable {
        @Nullable public var category: Category?
    }

    public struct RepeatDemand: Decodable, Sendable, Equatable {
        public var verdict: RepeatVerdict
        public var matchedTicketNo: String?
    }

    public var ticketNo: String
    public var ticket: Ticket
    public var classification: Classification
    public var repeatDemand: RepeatDemand
    public var firstOwner: Owner
}

/// What scoring reads of `complaint.closed`, the ticket's whole story.
public struct ClosedFacts: PayloadView, Decodable, Equatable {
    public static let messageType = MessageType.complaintClosed

    public var ticketNo: String
    public var closedAt: Date
    public var level: Level
    public var highestTier: Tier
    @Nullable public var responsibility: Responsibility?
    @Nullable public var satisfaction: CallbackOutcome?
    public var callbacks: Int
    public var steps: [ComplaintClosed.StepRecord]
    public var closedLoop: ComplaintClosed.ClosedLoop
    public var falseResolution: ComplaintClosed.FalseResolution?
    public var fourNotLetGo: ComplaintClosed.FourNotLetGo
    /// The promises and their fate, for R4's "a commitment not kept".
    public var commitments: [ComplaintClosed.PromiseRecord] = []
}
