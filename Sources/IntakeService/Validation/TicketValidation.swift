import Contracts
import Foundation
import ServiceKit
import Units

/// The checks intake makes beyond the schema (which already knows the channels, types and categories). H1 says every
/// accepted ticket is registered and forwarded, so a ticket is refused only when it cannot be one: no ticket number, no
/// text, or neither a way to tell the customer nor an area. Every other field is read as far as it can be and, where
/// it cannot, registered with a data problem for the hotline to correct.
public struct TicketValidation: Sendable {
    public var rules: IntakeRules
    /// The units that can own a ticket, and the stations serving each area.
    public var directory: UnitDirectory

    public init(rules: IntakeRules, directory: UnitDirectory) {
        self.rules = rules
        self.directory = directory
    }

    /// What intake makes of `submitted`'s own fields; its time is checked against the batch's clock with
    /// `checkingTime(of:now:)`.
    public func review(_ submitted: TicketSubmitted) -> TicketReview {
        var ticket = submitted
        var problems: [DataProblem] = []
        let customer = review(submitted.customer, problems: &problems)
        ticket.customer = customer.registered
        ticket.area = area(of: submitted, problems: &problems)
        if let category = submitted.category, !category.fits(submitted.type) {
            // The model settles the category, as for a ticket without one.
            ticket.category = nil
            problems.append(.init(field: "category", code: .mismatch, message: "category \(category.rawValue) does not fit "
                + "type \(submitted.type.rawValue); left out, and the category is the classifier's"))
        }
        // Counted in Unicode scalars: one per Chinese character, and cheaper than grapheme clusters.
        let length = submitted.text.unicodeScalars.count
        if length > rules.longTextLength {
            problems.append(.init(field: "text", code: .tooLong, message: "text has \(length) characters, more than the "
                + "\(rules.longTextLength) the hotline's records usually hold; registered whole"))
        }
        ticket.acceptedBy = accepted(by: submitted.acceptedBy, problems: &problems)
        let owner = ticket.acceptedBy
            ?? rules.firstOwner.owner(channel: ticket.channel, area: ticket.area, directory: directory)
        return TicketReview(
            refusals: refusals(submitted), ticket: ticket, problems: problems, account: customer.account,
            phone: customer.phone, firstOwner: owner)
    }

    /// Why `ticket` cannot be a ticket at all: the schema has refused an absent number, text, or area and customer
    /// alike, so what is left is the blank ones.
    private func refusals(_ ticket: TicketSubmitted) -> [String] {
        var refusals: [String] = []
        if ticket.ticketNo.isBlank { refusals.append("ticketNo is blank: the ticket cannot be told apart from others") }
        if ticket.text.isBlank { refusals.append("text is blank: the customer's words are needed to handle the ticket") }
        let customer = ticket.customer
        if [customer.phone, customer.account, customer.address, ticket.area].allSatisfy(\.isBlank) {
            refusals.append("neither a way to tell the customer (phone, account or address) nor an area: nobody can act "
                + "on the ticket or answer it")
        }
        return refusals
    }

    /// The area in the directory's form; nil, with the problem, when it is missing or no code at all. A code no
    /// station serves is kept, so routing's coordinator sees which area was meant.
    private func area(of ticket: TicketSubmitted, problems: inout [DataProblem]) -> String? {
        let placed = "routing's coordinator (the CSC) places the ticket"
        guard let raw = ticket.area, !raw.isBlank else {
            problems.append(.init(field: "area", code: .missing, message: "no area: \(placed)"))
            return nil
        }
        guard let code = AreaCode.read(raw) else {
            problems.append(.init(field: "area", code: .unreadable, message: "area \(raw) is not an area code (JY-MC); "
                + "left out, and \(placed)"))
            return nil
        }
        if directory.station(serving: code) == nil {
            problems.append(.init(field: "area", code: .unknown, message: "no station serves area \(code): \(placed)"))
        }
        return code
    }

    /// `acceptedBy` when its unit is one the directory knows, with a person only when one is named (P1).
    private func accepted(by owner: Owner?, problems: inout [DataProblem]) -> Owner? {
        guard var owner else { return nil }
        owner.unit = String(owner.unit.trimmed)
        guard directory.canOwn(owner.unit) else {
            problems.append(.init(field: "acceptedBy.unit", code: .unknown, message: "acceptedBy.unit \(owner.unit) is "
                + "not a unit of the unit directory; left out, and the channel's first owner owns the ticket (P1)"))
            return nil
        }
        if let person = owner.person, person.isBlank {
            owner.person = nil
            problems.append(.init(field: "acceptedBy.person", code: .missing, message: "acceptedBy.person is blank; "
                + "left out, and the unit owns the ticket (P1)"))
        }
        return owner
    }
}
