import Contracts

// The contract's values that the services' states keep, written as their `Codable` conformances write them.

extension Customer: HandCodedValue {
    package func write(to state: inout StateWriting) {
        state.object { state in
            state.member("account", account)
            state.member("name", name)
            state.member("phone", phone)
            state.member("address", address)
            state.member("named", named)
        }
    }

    package init(reading state: inout StateReading) throws {
        self = try state.object { state in
            Customer(
                account: try state.has("account") ? state.string() : nil,
                name: try state.has("name") ? state.string() : nil,
                phone: try state.has("phone") ? state.string() : nil,
                address: try state.has("address") ? state.string() : nil,
                named: try state.bool("named"))
        }
    }
}

extension Owner: HandCodedValue {
    package func write(to state: inout StateWriting) {
        state.object { state in
            state.member("unit", unit)
            state.member("person", person)
        }
    }

    package init(reading state: inout StateReading) throws {
        self = try state.object { state in
            Owner(unit: try state.string("unit"), person: try state.has("person") ? state.string() : nil)
        }
    }
}

extension Commitment: HandCodedValue {
    package func write(to state: inout StateWriting) {
        state.object { state in
            state.member("description", description)
            state.member("dueAt", dueAt)
        }
    }

    package init(reading state: inout StateReading) throws {
        self = try state.object { state in
            Commitment(description: try state.string("description"), dueAt: try state.date("dueAt"))
        }
    }
}

extension ComplaintClosed.TimelineEntry: HandCodedValue {
    package func write(to state: inout StateWriting) {
        state.object { state in
            state.member("at", at)
            state.member("type", type.rawValue)
            state.member("unit", unit)
            state.member("tier", tier?.rawValue)
            state.member("by", by)
            state.member("summary", summary)
        }
    }

    package init(reading state: inout StateReading) throws {
        self = try state.object { state in
            ComplaintClosed.TimelineEntry(
                at: try state.date("at"), type: try state.value("type"),
                unit: try state.has("unit") ? state.string() : nil, tier: try state.has("tier") ? state.value() : nil,
                by: try state.has("by") ? state.string() : nil, summary: try state.has("summary") ? state.string() : nil)
        }
    }
}

extension ComplaintClosed.FalseResolution: HandCodedValue {
    package func write(to state: inout StateWriting) {
        state.object { state in
            state.member("unit", unit)
            state.member("at", at)
        }
    }

    package init(reading state: inout StateReading) throws {
        self = try state.object { state in
            ComplaintClosed.FalseResolution(unit: try state.string("unit"), at: try state.date("at"))
        }
    }
}
