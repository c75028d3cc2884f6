import Contracts
import Foundation
import ServiceKit

/// The business checks a ticket must pass beyond its schema (which already requires the fields and knows the
/// channels, types and categories): phone and account formats, a sane `receivedAt`, words present and bounded. A
/// ticket is recorded correctly or not at all (H1).
public struct TicketValidation: Sendable {
    public var rules: IntakeRules

    public init(rules: IntakeRules) {
        self.rules = rules
    }

    /// Every problem of `ticket` as a person fixing it at the hotline needs to read it; empty when it is valid.
    public func problems(in ticket: TicketSubmitted, now: Date) -> [String] {
        contentProblems(in: ticket) + timeProblems(in: ticket, now: now)
    }

    /// The problems of the ticket's own fields, which do not depend on the time it is checked.
    public func contentProblems(in ticket: TicketSubmitted) -> [String] {
        var problems: [String] = []
        let customer = ticket.customer
        if let phone = customer.phone, PhoneNumber(phone) == nil {
            problems.append("customer.phone \(PersonalData.maskPhone(phone)) is neither a mainland mobile number "
                + "(11 digits starting 13–19, optionally +86) nor a landline with its area code (0472-5123456, extension after - or 转)")
        }
        if let account = customer.account, !AccountNumber.isValid(account) {
            problems.append("customer.account \(PersonalData.maskAccount(account)) is not an account number: \(AccountNumber.formatDescription)")
        }
        // Counted in Unicode scalars: one per Chinese character, and cheaper than grapheme clusters.
        let length = ticket.text.unicodeScalars.count
        if ticket.text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            problems.append("text is blank: the customer's words are needed to handle the ticket")
        } else if length > rules.maximumTextLength {
            problems.append("text has \(length) characters, more than the \(rules.maximumTextLength) allowed")
        }
        if let category = ticket.category, !category.fits(ticket.type) {
            problems.append("category \(category.rawValue) does not fit type \(ticket.type.rawValue)")
        }
        if let person = ticket.acceptedBy?.person, person.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            problems.append("acceptedBy.person is blank: leave it out or name the person (P1)")
        }
        return problems
    }

    /// Whether `receivedAt` is sane at `now`: a little ahead for clock drift, never older than the topic keeps tickets.
    public func timeProblems(in ticket: TicketSubmitted, now: Date) -> [String] {
        var problems: [String] = []
        let latest = now.addingTimeInterval(Double(rules.receivedAtLeewayMinutes) * 60)
        let earliest = now.addingTimeInterval(-Double(rules.receivedAtMaximumAgeDays) * 86_400)
        if ticket.receivedAt > latest {
            problems.append("receivedAt \(Timestamp.format(ticket.receivedAt)) is in the future "
                + "(now \(Timestamp.format(now)), \(rules.receivedAtLeewayMinutes) minutes allowed for clock drift)")
        } else if ticket.receivedAt < earliest {
            problems.append("receivedAt \(Timestamp.format(ticket.receivedAt)) is more than \(rules.receivedAtMaximumAgeDays) days old")
        }
        return problems
    }
}
