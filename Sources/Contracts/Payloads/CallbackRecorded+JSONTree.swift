// Published with every closed ticket's story, and with every other outcome: built by hand like the story's
// (`ComplaintClosed+JSONTree`), checked by the same test (`HandEncodedPayloadTests`).

extension CallbackRecorded: HandEncodedPayload {
    package var jsonTree: JSONValue {
        var members: [String: JSONValue] = [
            "ticketNo": .string(ticketNo), "unit": .string(unit), "tier": .value(tier), "outcome": .value(outcome),
            "method": .value(method), "by": .string(by), "attempt": .integer(attempt),
        ]
        members["note"] = note.map(JSONValue.string)
        return .object(members)
    }
}
