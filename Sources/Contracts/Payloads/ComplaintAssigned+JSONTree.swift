// Routing publishes one for every ticket it places, its busiest event: built by hand like the closed ticket's story
// (`ComplaintClosed+JSONTree`), checked by the same test (`HandEncodedPayloadTests`), which fails until a member
// added to `ComplaintAssigned` is added here too.

extension ComplaintAssigned: HandEncodedPayload {
    package var jsonTree: JSONValue {
        var members: [String: JSONValue] = [
            "ticketNo": .string(ticketNo), "unit": .string(unit), "tier": .value(tier), "role": .value(role),
            "owner": owner.jsonTree, "reason": .value(reason),
            "deadline": .object(["step": .string(deadline.step), "dueAt": .date(deadline.dueAt)]),
        ]
        members["assignee"] = assignee.map { .object(["id": .string($0.id), "name": .string($0.name)]) }
        members["previousUnit"] = previousUnit.map(JSONValue.string)
        members["note"] = note.map(JSONValue.string)
        return .object(members)
    }
}
