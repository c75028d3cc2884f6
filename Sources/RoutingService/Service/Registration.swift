import Units
import Contracts

/// What routing reads of a registration: the facts its first assignment decides on. The customer, the text, the
/// repeat verdict and the rest of the body are not decoded; the schema has checked them already, and decoding them
/// took more time than routing's own work.
struct Registration: PayloadView {
    static let messageType = MessageType.complaintRegistered

    let facts: TicketFacts

    private enum Member: String, CodingKey {
        case ticketNo, ticket, classification, firstOwner, channel, type, category, area
    }

    init(from decoder: any Decoder) throws {
        let body = try decoder.container(keyedBy: Member.self)
        let ticket = try body.nestedContainer(keyedBy: Member.self, forKey: .ticket)
        let classification = try body.nestedContainer(keyedBy: Member.self, forKey: .classification)
        // Intake's settled category decides, not the agent's: intake may have corrected it.
        let settled = try classification.decodeIfPresent(Category.self, forKey: .category)
        facts = TicketFacts(
            ticketNo: try body.decode(String.self, forKey: .ticketNo),
            channel: try ticket.decode(Channel.self, forKey: .channel),
            type: try ticket.decode(TicketType.self, forKey: .type),
            category: try settled ?? ticket.decodeIfPresent(Category.self, forKey: .category),
            // A ticket intake registered without an area goes to the coordinator (`unroutableArea`).
            area: try ticket.decodeIfPresent(String.self, forKey: .area) ?? "",
            firstOwner: try body.decode(Owner.self, forKey: .firstOwner))
    }
}
