import Foundation

// The closed ticket's story is the largest event published, one for every ticket; built by hand, its tree costs a
// fraction of `Encodable`'s (docs/benchmarks.md, "Callback"). A member added to `ComplaintClosed` or to one of its
// values must be added here too: the test of the two trees (`HandEncodedPayloadTests`) fails until it is.

extension ComplaintClosed: HandEncodedPayload {
    package var jsonTree: JSONValue {
        var members: [String: JSONValue] = [:]
        members.reserveCapacity(32)
        members["ticketNo"] = .string(ticketNo)
        members["channel"] = .value(channel)
        members["type"] = .value(type)
        members["category"] = category.map(JSONValue.value) ?? .null
        members["area"] = area.map(JSONValue.string)
        members["customer"] = customer.jsonTree
        members["receivedAt"] = .date(receivedAt)
        members["closedAt"] = .date(closedAt)
        members["level"] = .value(level)
        members["highestTier"] = .value(highestTier)
        members["finalUnit"] = .string(finalUnit)
        members["firstOwner"] = firstOwner.jsonTree
        members["responsibility"] = responsibility.map(JSONValue.value) ?? .null
        members["satisfaction"] = satisfaction.map(JSONValue.value) ?? .null
        members["noCallbackReason"] = noCallbackReason.map(JSONValue.string)
        members["callbacks"] = .integer(callbacks)
        members["urges"] = .integer(urges)
        members["pausedSeconds"] = .integer(pausedSeconds)
        members["warningFiled"] = .bool(warningFiled)
        members["steps"] = .array(steps.map(\.jsonTree))
        members["commitments"] = .array(commitments.map(\.jsonTree))
        members["closedLoop"] = closedLoop.jsonTree
        members["fourNotLetGo"] = fourNotLetGo.jsonTree
        members["falseResolution"] = falseResolution?.jsonTree
        members["repeat"] = .bool(isRepeat)
        members["matchedTicketNo"] = matchedTicketNo.map(JSONValue.string)
        members["onTime"] = .bool(onTime)
        members["appeal"] = .value(appeal)
        members["emergencyPlan"] = .bool(emergencyPlan)
        members["timeline"] = .array(timeline.map(\.jsonTree))
        return .object(members)
    }
}

extension ComplaintClosed.MaskedCustomer {
    var jsonTree: JSONValue { .customer(named: named, account: account, name: name, phone: phone, address: nil) }
}

extension JSONValue {
    /// A customer as the contract writes one, whole (`Customer`) or masked (the closed record's, without address).
    static func customer(named: Bool, account: String?, name: String?, phone: String?, address: String?) -> JSONValue {
        var members: [String: JSONValue] = ["named": .bool(named)]
        members["account"] = account.map(JSONValue.string)
        members["name"] = name.map(JSONValue.string)
        members["phone"] = phone.map(JSONValue.string)
        members["address"] = address.map(JSONValue.string)
        return .object(members)
    }
}

extension Owner {
    var jsonTree: JSONValue {
        var members: [String: JSONValue] = ["unit": .string(unit)]
        members["person"] = person.map(JSONValue.string)
        return .object(members)
    }
}

extension ComplaintClosed.StepRecord {
    var jsonTree: JSONValue {
        .object([
            "step": .string(step), "unit": .string(unit), "tier": .value(tier), "startedAt": .date(startedAt),
            "dueAt": .date(dueAt), "endedAt": .date(endedAt), "limit": .string(limit), "tookSeconds": .integer(tookSeconds),
            "onTime": .bool(onTime),
        ])
    }
}

extension ComplaintClosed.PromiseRecord {
    var jsonTree: JSONValue {
        .object(["description": .string(description), "dueAt": .date(dueAt), "unit": .string(unit), "fate": .value(fate)])
    }
}

extension ComplaintClosed.ClosedLoop {
    var jsonTree: JSONValue {
        .object([
            "accepted": .value(accepted), "registered": .value(registered), "proposed": .value(proposed),
            "transferred": .value(transferred), "urged": .value(urged), "supervised": .value(supervised),
            "investigationReport": .value(investigationReport), "handlingOpinion": .value(handlingOpinion),
        ])
    }
}

extension ComplaintClosed.FourNotLetGo {
    var jsonTree: JSONValue {
        .object([
            "verified": .bool(verified), "corrected": .bool(corrected), "measuresInPlace": .bool(measuresInPlace),
            "customerSatisfied": .bool(customerSatisfied),
        ])
    }
}

extension ComplaintClosed.FalseResolution {
    var jsonTree: JSONValue { .object(["unit": .string(unit), "at": .date(at)]) }
}

extension ComplaintClosed.TimelineEntry {
    var jsonTree: JSONValue {
        var members: [String: JSONValue] = ["at": .date(at), "type": .value(type)]
        members["unit"] = unit.map(JSONValue.string)
        members["tier"] = tier.map(JSONValue.value)
        members["by"] = by.map(JSONValue.string)
        members["summary"] = summary.map(JSONValue.string)
        return .object(members)
    }
}
