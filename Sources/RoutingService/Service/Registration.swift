import Units
import Contracts

/// What routing reads of a registration: the facts its first assignment decides on. The customer, the text, the
/// repeat verdict and the rest of the body are not read; the schema has checked them already, and decoding them
/// took more time than routing's own work. Read by hand from the checked tree: through a `Decoder`, these seven
/// members cost as much as routing's own work did.
struct Registration: PayloadView {
    static let messageType = MessageType.complaintRegistered

    let facts: TicketFacts

    static func read(fromChecked body: JSONValue) throws -> Registration {
        let body = try CheckedObject(body)
        let ticket = try body.object("ticket")
        // Intake's settled category decides, not the agent's: intake may have corrected it.
        let settled = try body.object("classification").optionalValue("category", as: Category.self)
        let owner = try body.object("firstOwner")
        return Registration(facts: TicketFacts(
            ticketNo: try body.string("ticketNo"),
            channel: try ticket.value("channel"),
            type: try ticket.value("type"),
            category: try settled ?? ticket.optionalValue("category"),
            // A ticket intake registered without an area goes to the coordinator (`unroutableArea`).
            area: try ticket.optionalString("area") ?? "",
            firstOwner: Owner(unit: try owner.string("unit"), person: try owner.optionalString("person"))))
    }
}
