import Contracts
import HandlingLadder
import ServiceKit

// The state is read and written on every message about the ticket; written by hand, in `StateCoding`'s form as its
// `Codable` conformance writes it, it costs a fraction of what `Codable` does (docs/benchmarks.md, "Callback").
// A member added to `FollowedTicket` or to one of its values must be added here too, in the same place: the test
// of the two encodings (`FollowedTicketCodingTests`) fails until it is.

extension FollowedTicket: HandCodedState {
    package func write(to state: inout StateWriting) {
        state.object { state in
            state.member("ticketNo", ticketNo)
            state.member("registration", registration)
            state.member("timeline", timeline)
            state.member("holder", holder)
            state.member("highestTier", highestTier)
            state.member("level", level)
            state.member("responsibility", responsibility)
            state.member("steps", steps)
            state.member("promises", promises)
            state.member("urges", urges)
            state.member("pausedSeconds", pausedSeconds)
            state.member("warningFiled", warningFiled)
            state.member("emergencyStarted", emergencyStarted)
            state.member("appeal", appeal)
            state.member("verified", verified)
            state.member("resolved", resolved)
            state.member("transferred", transferred)
            state.member("urgedByService", urgedByService)
            state.member("supervised", supervised)
            state.member("boundMissed", boundMissed)
            state.member("task", task)
            state.member("callbacks", callbacks)
            state.member("unreachableTries", unreachableTries)
            state.member("falseResolution", falseResolution)
            state.member("closedAt", closedAt)
        }
    }

    package init(reading state: inout StateReading) throws {
        self = try state.object { state in
            var ticket = FollowedTicket(ticketNo: try state.string("ticketNo"))
            ticket.registration = try state.optional("registration")
            ticket.timeline = try state.array("timeline")
            ticket.holder = try state.optional("holder")
            ticket.highestTier = try state.optional("highestTier") { try $0.value() }
            ticket.level = try state.optional("level") { try $0.value() }
            ticket.responsibility = try state.optional("responsibility") { try $0.value() }
            ticket.steps = try state.value("steps")
            ticket.promises = try state.value("promises")
            ticket.urges = try state.integer("urges")
            ticket.pausedSeconds = try state.integer("pausedSeconds")
            ticket.warningFiled = try state.bool("warningFiled")
            ticket.emergencyStarted = try state.bool("emergencyStarted")
            ticket.appeal = try state.value("appeal")
            ticket.verified = try state.bool("verified")
            ticket.resolved = try state.bool("resolved")
            ticket.transferred = try state.bool("transferred")
            ticket.urgedByService = try state.bool("urgedByService")
            ticket.supervised = try state.bool("supervised")
            ticket.boundMissed = try state.bool("boundMissed")
            ticket.task = try state.optional("task")
            ticket.callbacks = try state.integer("callbacks")
            ticket.unreachableTries = try state.integer("unreachableTries")
            ticket.falseResolution = try state.optional("falseResolution")
            ticket.closedAt = try state.optional("closedAt") { try $0.date() }
            return ticket
        }
    }
}

extension FollowedTicket.Registration: HandCodedValue {
    package func write(to state: inout StateWriting) {
        state.object { state in
            state.member("channel", channel)
            state.member("type", type)
            state.member("category", category)
            state.member("area", area)
            state.member("customer", customer)
            state.member("receivedAt", receivedAt)
            state.member("firstOwner", firstOwner)
            state.member("isRepeat", isRepeat)
            state.member("matchedTicketNo", matchedTicketNo)
        }
    }

    package init(reading state: inout StateReading) throws {
        self = try state.object { state in
            FollowedTicket.Registration(
                channel: try state.value("channel"), type: try state.value("type"),
                category: try state.optional("category") { try $0.value() }, area: try state.string("area"),
                customer: try state.value("customer"), receivedAt: try state.date("receivedAt"),
                firstOwner: try state.value("firstOwner"), isRepeat: try state.bool("isRepeat"),
                matchedTicketNo: try state.optional("matchedTicketNo") { try $0.string() })
        }
    }
}

extension FollowedTicket.Holder: HandCodedValue {
    package func write(to state: inout StateWriting) {
        state.object { state in
            state.member("unit", unit)
            state.member("tier", tier)
        }
    }

    package init(reading state: inout StateReading) throws {
        self = try state.object { state in
            FollowedTicket.Holder(unit: try state.string("unit"), tier: try state.value("tier"))
        }
    }
}

extension FollowedTicket.CallbackTask: HandCodedValue {
    package func write(to state: inout StateWriting) {
        state.object { state in
            state.member("step", step)
            state.member("unit", unit)
            state.member("tier", tier)
            state.member("dueAt", dueAt)
            state.member("attempt", attempt)
            state.member("method", method)
        }
    }

    package init(reading state: inout StateReading) throws {
        self = try state.object { state in
            FollowedTicket.CallbackTask(
                step: try state.value("step"), unit: try state.string("unit"), tier: try state.value("tier"),
                dueAt: try state.date("dueAt"), attempt: try state.integer("attempt"), method: try state.value("method"))
        }
    }
}

extension StepTrack: HandCodedValue {
    package func write(to state: inout StateWriting) {
        state.object { state in state.member("steps", steps) }
    }

    package init(reading state: inout StateReading) throws {
        self.init(steps: try state.object { state in try state.array("steps") })
    }
}

extension StepTrack.Step: HandCodedValue {
    package func write(to state: inout StateWriting) {
        state.object { state in
            state.member("step", step)
            state.member("unit", unit)
            state.member("tier", tier)
            state.member("startedAt", startedAt)
            state.member("dueAt", dueAt)
            state.member("limit", limit)
            state.member("endedAt", endedAt)
            state.member("missed", missed)
        }
    }

    package init(reading state: inout StateReading) throws {
        self = try state.object { state in
            StepTrack.Step(
                step: try state.string("step"), unit: try state.string("unit"), tier: try state.value("tier"),
                startedAt: try state.date("startedAt"), dueAt: try state.date("dueAt"), limit: try state.string("limit"),
                endedAt: try state.optional("endedAt") { try $0.date() }, missed: try state.bool("missed"))
        }
    }
}
