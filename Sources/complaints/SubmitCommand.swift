import ArgumentParser
import Contracts
import Foundation

/// `complaints submit`: publishes tickets to `hotline.tickets` as the hotline system would, from flags or from a file
/// of `ticket.submitted` bodies. Each ticket is checked against its schema before it is sent.
struct SubmitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: "Publish a ticket to hotline.tickets, from flags or a JSON file.",
        discussion: """
            From a file: complaints submit --file ticket.json (one JSON object, or JSON Lines of several).
            From flags: complaints submit --type complaint --area JY-MC --phone 13904720001 --named --text "…"
            """)

    @Option(help: "A ticket.submitted body (JSON), or JSON Lines of them; the flags below are then not used.")
    var file: String?

    @Option(help: "Ticket number (default: <channel>-<date>-<random>).") var ticketNo: String?
    @Option(help: "95598, 12398, hall, letter, visit, online or grid-phone.") var channel: Channel = .hotline95598
    @Option(help: "complaint, report, opinion, consultation, repair or praise.") var type: TicketType?
    @Option(help: "A category slug; left out, intake classifies the text.") var category: Category?
    @Option(help: "Customer's account number.") var account: String?
    @Option(help: "Customer's name.") var name: String?
    @Option(help: "Caller number.") var phone: String?
    @Option(help: "Customer's address.") var address: String?
    @Flag(help: "The reporter gave their name (a named reporter always gets a callback, C1).") var named = false
    @Option(help: "Service-area code, e.g. JY-MC.") var area: String?
    @Option(help: "The customer's words.") var text: String?
    @Option(help: "When the ticket was accepted, RFC 3339 (default: now, on the services' clock when COMPLAINTS_CLOCK is set).")
    var receivedAt: String?
    @Option(help: "Unit that accepted the ticket directly (P1), e.g. st-machi.") var acceptedBy: String?
    @Option(help: "Person in that unit, e.g. \"抄表员 李强\".") var acceptedByPerson: String?

    @OptionGroup var cluster: ClusterOptions

    func validate() throws {
        guard file == nil else { return }
        var missing: [String] = []
        if type == nil { missing.append("--type") }
        if area == nil { missing.append("--area") }
        if text == nil { missing.append("--text") }
        if account == nil, phone == nil { missing.append("--account or --phone") }
        guard missing.isEmpty else { throw ValidationError("without --file, give \(missing.joined(separator: ", "))") }
        if let receivedAt, Timestamp.parse(receivedAt) == nil {
            throw ValidationError("--received-at \(receivedAt) is not an RFC 3339 time like 2026-03-02T09:00:00+08:00")
        }
        if acceptedByPerson != nil, acceptedBy == nil { throw ValidationError("--accepted-by-person needs --accepted-by") }
    }

    func run() async throws {
        let tickets = try file.map(Self.tickets(inFile:)) ?? [try ticketFromFlags()]
        let codec = ContractCodec(catalogue: try cluster.catalogue())
        // Every ticket is checked before the first is sent, so a bad file sends nothing.
        let now = try BusinessNow.now()
        let events = try tickets.map { ticket in
            try codec.encode(ticket, id: UUID().uuidString, source: "hotline-operator", time: now)
        }
        try await cluster.send(events)
    }

    private func ticketFromFlags() throws -> TicketSubmitted {
        let received = try receivedAt.flatMap(Timestamp.parse) ?? BusinessNow.now()
        let number = ticketNo ?? "\(channel.rawValue)-\(Self.day(of: received))-\(Int.random(in: 100_000...999_999))"
        return TicketSubmitted(
            ticketNo: number, channel: channel, type: type ?? .complaint, category: category,
            customer: Customer(account: account, name: name, phone: phone, address: address, named: named),
            area: area ?? "", text: text ?? "", receivedAt: received,
            acceptedBy: acceptedBy.map { Owner(unit: $0, person: acceptedByPerson) })
    }

    /// `yyyyMMdd` of the moment in Beijing time, as hotline ticket numbers carry it.
    private static func day(of moment: Date) -> String {
        String(Timestamp.format(moment).prefix(10).filter { $0 != "-" })
    }

    /// One JSON object, or one per line.
    static func tickets(inFile path: String) throws -> [TicketSubmitted] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        if let single = try? ContractJSON.decode(TicketSubmitted.self, from: data) { return [single] }
        return try String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).enumerated().map { index, line in
            do {
                return try ContractJSON.decode(TicketSubmitted.self, from: Data(line.utf8))
            } catch {
                throw ValidationError("\(path) line \(index + 1) is not a ticket.submitted body: \(error)")
            }
        }
    }
}

extension Channel: ExpressibleByArgument {}
extension TicketType: ExpressibleByArgument {}
extension Category: ExpressibleByArgument {}
