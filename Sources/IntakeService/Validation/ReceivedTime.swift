import Contracts
import Foundation

extension TicketValidation {
    /// `review` with its `receivedAt` checked against `now`, the batch's clock; neither a late time nor one ahead
    /// loses the ticket (H1). A late entry (a letter keyed in weeks after it arrived) keeps its time: its deadlines and
    /// its month of repeat demands run from when the customer spoke. A time ahead of the clock by more than drift
    /// explains is no time the customer spoke at: the ticket is registered at `now`, so that its deadlines start and
    /// it counts in repeat demands and hot issues now.
    public func checkingTime(of review: TicketReview, now: Date) -> TicketReview {
        var review = review
        let receivedAt = review.ticket.receivedAt
        let latest = now.addingTimeInterval(Double(rules.receivedAtLeewayMinutes) * 60)
        let earliest = now.addingTimeInterval(-Double(rules.lateEntryDays) * 86_400)
        if receivedAt > latest {
            review.ticket.receivedAt = now
            review.problems.append(.init(field: "receivedAt", code: .future, message: "receivedAt "
                + "\(Timestamp.format(receivedAt)) is ahead of intake's clock (\(Timestamp.format(now))) by more than the "
                + "\(rules.receivedAtLeewayMinutes) minutes allowed for clock drift; registered at \(Timestamp.format(now))"))
        } else if receivedAt < earliest {
            let days = Int(now.timeIntervalSince(receivedAt) / 86_400)
            review.problems.append(.init(field: "receivedAt", code: .late, message: "receivedAt "
                + "\(Timestamp.format(receivedAt)) is \(days) days before intake registered it, more than the "
                + "\(rules.lateEntryDays) days within which tickets are keyed in: a late entry, registered with its own time"))
        }
        return review
    }
}
