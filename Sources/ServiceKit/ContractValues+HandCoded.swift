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
                account: try state.optional("account") { try $0.string() },
                name: try state.optional("name") { try $0.string() },
                phone: try state.optional("phone") { try $0.string() },
                address: try state.optional("address") { try $0.string() },
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
            Owner(unit: try state.string("unit"), person: try state.optional("person") { try $0.string() })
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
            state.member("type", type)
            state.member("unit", unit)
            state.member("tier", tier)
            state.member("by", by)
            state.member("summary", summary)
        }
    }

    package init(reading state: inout StateReading) throws {
        self = try state.object { state in
            ComplaintClosed.TimelineEntry(
                at: try state.date("at"), type: try state.value("type"),
                unit: try state.optional("unit") { try $0.string() }, tier: try state.optional("tier") { try $0.value() },
                by: try state.optional("by") { try $0.string() }, summary: try state.optional("summary") { try $0.string() })
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
