import Contracts
import Foundation

/// A 64-bit FNV-1a hash over every field of a ticket (the contract's fields; unknown ones are not kept): equal for a
/// resend of the same ticket, different when any field differs. Stored in the register, so it must never change for
/// the same ticket: fields are hashed in a fixed order, each with its name and a separator, and absent fields as
/// absent. A field added to `TicketSubmitted` must be added here.
enum ContentHash {
    static func of(_ ticket: TicketSubmitted) -> Int64 {
        var hasher = FNV1a()
        hasher.add("ticketNo", ticket.ticketNo)
        hasher.add("channel", ticket.channel.rawValue)
        hasher.add("type", ticket.type.rawValue)
        hasher.add("category", ticket.category?.rawValue)
        hasher.add("customer.account", ticket.customer.account)
        hasher.add("customer.name", ticket.customer.name)
        hasher.add("customer.phone", ticket.customer.phone)
        hasher.add("customer.address", ticket.customer.address)
        hasher.add("customer.named", ticket.customer.named ? "true" : "false")
        hasher.add("area", ticket.area)
        hasher.add("text", ticket.text)
        // Milliseconds, as the contract writes times.
        hasher.add("receivedAt", String(Int64((ticket.receivedAt.timeIntervalSince1970 * 1_000).rounded())))
        hasher.add("acceptedBy.unit", ticket.acceptedBy?.unit)
        hasher.add("acceptedBy.person", ticket.acceptedBy?.person)
        // Added later: hashed only when present, so the tickets registered before keep their hashes.
        if let solved = ticket.solvedAtOnce { hasher.add("solvedAtOnce", solved ? "true" : "false") }
        return Int64(bitPattern: hasher.value)
    }

    private struct FNV1a {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func add(_ name: String, _ field: String?) {
            byte(0x1e)
            for byte in name.utf8 { self.byte(byte) }
            guard let field else { return byte(0x00) }
            byte(0x1f)
            for byte in field.utf8 { self.byte(byte) }
        }

        private mutating func byte(_ byte: UInt8) {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
    }
}
