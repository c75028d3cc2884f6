import Units
import Contracts

/// A request routing refuses; the ticket stays where it was, and the message goes to a dead letter with this text.
public enum RoutingRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    /// A transfer or supervision names a unit the directory does not have.
    case unknownUnit(ticketNo: String, unit: String)
    /// A transfer or supervision names an accepting centre (the 95598 centre): it forwards tickets and handles none.
    case acceptingCentre(ticketNo: String, unit: String)
    /// A transfer names an area no station serves.
    case unknownArea(ticketNo: String, area: String)
    /// A transfer names neither a unit nor an area.
    case noTransferTarget(ticketNo: String)
    /// A transfer names a unit and an area that unit does not serve.
    case conflictingTarget(ticketNo: String, unit: String, area: String)
    /// A transfer to where the ticket already is.
    case alreadyThere(ticketNo: String, unit: String)
    /// A unit asked to transfer a ticket it does not hold.
    case notHolder(ticketNo: String, requester: String, holder: String)
    /// An escalation from the leadership: there is no step above (P2), and it is not looped back down.
    case pastTheTop(ticketNo: String, unit: String)
    /// An escalation to a tier that is not the next step from where the ticket is (P2 is progressive).
    case notTheNextStep(ticketNo: String, from: Placement, requested: Tier, next: Tier)
    /// An early warning (E3) addressed to a tier other than the leadership, where the leading group sits.
    case earlyWarningBelowTheLeadership(ticketNo: String, requested: Tier)

    /// What happened and what a person can do about it.
    public var description: String {
        switch self {
        case .unknownUnit(let ticket, let unit):
            "ticket \(ticket): unit \(unit) is not in the unit directory; name a unit of the directory"
        case .acceptingCentre(let ticket, let unit):
            "ticket \(ticket): \(unit) accepts tickets and forwards them but handles none; name a unit of the ladder"
        case .unknownArea(let ticket, let area):
            "ticket \(ticket): no station serves area \(area); name a unit or a known area"
        case .noTransferTarget(let ticket):
            "ticket \(ticket): the transfer names neither a unit nor an area"
        case .conflictingTarget(let ticket, let unit, let area):
            "ticket \(ticket): the transfer names unit \(unit) and area \(area), which \(unit) does not serve"
        case .alreadyThere(let ticket, let unit):
            "ticket \(ticket): the transfer is to \(unit), which holds it already"
        case .notHolder(let ticket, let requester, let holder):
            "ticket \(ticket): \(requester) asked to transfer it, but \(holder) holds it"
        case .pastTheTop(let ticket, let unit):
            "ticket \(ticket): escalation past the top: \(unit) is the leadership, the last step of the ladder (P2)"
        case .notTheNextStep(let ticket, let from, let requested, let next):
            "ticket \(ticket): escalation to \(requested.rawValue) from \(from.unit) (\(from.role.rawValue)); "
                + "the next step is \(next.rawValue) (P2)"
        case .earlyWarningBelowTheLeadership(let ticket, let requested):
            "ticket \(ticket): an early warning (E3) goes to the leading group at the leadership, not to "
                + "\(requested.rawValue); the ticket stays where it is"
        }
    }
}
