// Published for nearly every ticket intake takes in, with the whole registered ticket inside: built by hand like the
// closed story (`ComplaintClosed+JSONTree`), its tree costs a fraction of `Encodable`'s (docs/benchmarks.md,
// "Intake"). A member added to `ComplaintRegistered` or to one of its values must be added here too: the test of the
// two trees (`HandEncodedPayloadTests`) fails until it is.
//
// The ticket, its customer and the rest get trees of their own, but no `HandEncodedPayload` conformance: published
// on their own (`ticket.submitted` by the hotline side), they keep going through `Encodable`.

extension ComplaintRegistered: HandEncodedPayload {
    package var jsonTree: JSONValue {
        var members: [String: JSONValue] = [
            "ticketNo": .string(ticketNo), "ticket": ticket.jsonTree, "classification": classification.jsonTree,
            "repeatDemand": repeatDemand.jsonTree, "riskFlags": .array(riskFlags.map(JSONValue.value)),
            "firstOwner": firstOwner.jsonTree,
        ]
        members["riskWords"] = riskWords.map { .array($0.map(JSONValue.string)) }
        members["dataProblems"] = dataProblems.map { .array($0.map(\.jsonTree)) }
        return .object(members)
    }
}

extension ComplaintRegistered.Classification {
    var jsonTree: JSONValue {
        var members: [String: JSONValue] = [
            "category": category.map(JSONValue.value) ?? .null, "confidence": .finite(confidence),
            "source": .value(source), "disagreement": .bool(disagreement),
        ]
        members["alternative"] = alternative.map(JSONValue.value)
        return .object(members)
    }
}

extension ComplaintRegistered.RepeatDemand {
    var jsonTree: JSONValue {
        var members: [String: JSONValue] = [
            "verdict": .value(verdict), "reason": .string(reason), "ruleIds": .array(ruleIds.map(JSONValue.value)),
        ]
        members["matchedTicketNo"] = matchedTicketNo.map(JSONValue.string)
        members["evidence"] = evidence?.jsonTree
        return .object(members)
    }
}

extension RepeatEvidence {
    var jsonTree: JSONValue {
        var members: [String: JSONValue] = [:]
        members["sameCustomer"] = sameCustomer.map(JSONValue.value)
        members["sameEvent"] = sameEvent.map(JSONValue.value)
        members["similarity"] = similarity.map(JSONValue.finite)
        members["sharedWords"] = sharedWords.map { .array($0.map(JSONValue.string)) }
        members["earlierState"] = earlierState.map(JSONValue.value)
        members["earlierStateSince"] = earlierStateSince.map(JSONValue.date)
        members["cues"] = cues.map { .array($0.map(JSONValue.string)) }
        members["solvedAtOnce"] = solvedAtOnce.map(JSONValue.bool)
        members["channel"] = channel.map(JSONValue.value)
        return .object(members)
    }
}

extension TicketSubmitted {
    var jsonTree: JSONValue {
        var members: [String: JSONValue] = [
            "ticketNo": .string(ticketNo), "channel": .value(channel), "type": .value(type), "customer": customer.jsonTree,
            "text": .string(text), "receivedAt": .date(receivedAt),
        ]
        members["category"] = category.map(JSONValue.value)
        members["area"] = area.map(JSONValue.string)
        members["acceptedBy"] = acceptedBy?.jsonTree
        members["solvedAtOnce"] = solvedAtOnce.map(JSONValue.bool)
        return .object(members)
    }
}

extension Customer {
    var jsonTree: JSONValue {
        .customer(named: named, account: account, name: name, phone: phone, address: address)
    }
}

extension DataProblem {
    var jsonTree: JSONValue { .object(["field": .string(field), "code": .value(code), "message": .string(message)]) }
}

extension JSONValue {
    /// A number; null for NaN or an infinity, which JSON cannot hold. `Encodable` refuses to encode those, and the
    /// schema refuses a null where it expects a number, so such a payload is still never published.
    static func finite(_ number: Double) -> JSONValue { number.isFinite ? .number(number) : .null }
}
