import Contracts

/// A national bound as the limits file writes it: `type`, optional `channel`, optional `contactWithin`,
/// `answerWithin`.
public struct BoundEntry: Sendable, Decodable, Equatable {
    /// The ticket type, as written (`complaint`, `report`, …).
    public var type: String?
    /// The channel, as written (`95598`, `12398`, `12345`); absent for every channel.
    public var channel: String?
    /// The first contact's limit, if any.
    public var contactWithin: LimitEntry?
    /// The answer's (or closing's) limit.
    public var answerWithin: LimitEntry?
    /// Fields the file has that a bound does not.
    public var unknownFields: [String]

    private enum Field: String, CodingKey, CaseIterable { case type, channel, contactWithin, answerWithin }

    /// Reads what is written, keeping unknown fields for `problems(at:)`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Field.self)
        type = try container.decodeIfPresent(String.self, forKey: .type)
        channel = try container.decodeIfPresent(String.self, forKey: .channel)
        contactWithin = try container.decodeIfPresent(LimitEntry.self, forKey: .contactWithin)
        answerWithin = try container.decodeIfPresent(LimitEntry.self, forKey: .answerWithin)
        unknownFields = try FieldName.unknown(in: decoder, known: Set(Field.allCases.map(\.rawValue)))
    }

    /// The ticket type, when known.
    var ticketType: TicketType? { type.flatMap(TicketType.init(rawValue:)) }
    /// The channel, when given and known.
    var boundChannel: BoundChannel? { channel.flatMap(BoundChannel.init(rawValue:)) }

    /// What is wrong with the entry found at `path` (e.g. `ticketBounds[2]`).
    func problems(at path: String) -> [String] {
        var problems = unknownFields.map {
            "\(path): unknown field \"\($0)\" (a bound is type, channel, contactWithin and answerWithin)"
        }
        switch type {
        case nil: problems.append("\(path).type: missing")
        case let type? where TicketType(rawValue: type) == nil:
            let known = TicketType.allCases.map(\.rawValue).joined(separator: ", ")
            problems.append("\(path).type: \"\(type)\" is not a ticket type (\(known))")
        default: break
        }
        if let channel, BoundChannel(rawValue: channel) == nil {
            let known = BoundChannel.allCases.map(\.rawValue).joined(separator: ", ")
            problems.append("\(path).channel: \"\(channel)\" is not a channel with national limits (\(known))")
        }
        problems += contactWithin?.problems(at: "\(path).contactWithin") ?? []
        if let answerWithin {
            problems += answerWithin.problems(at: "\(path).answerWithin")
        } else {
            problems.append("\(path).answerWithin: missing; a bound must say when the ticket is answered")
        }
        return problems
    }
}
