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
            if let registration { state.member("registration", registration) }
            state.member("timeline", timeline)
            if let holder { state.member("holder", holder) }
            state.member("highestTier", highestTier?.rawValue)
            state.member("level", level?.rawValue)
            state.member("responsibility", responsibility?.rawValue)
            state.member("steps", steps)
            state.member("promises", promises)
            state.member("urges", urges)
            state.member("pausedSeconds", pausedSeconds)
            state.member("warningFiled", warningFiled)
            state.member("emergencyStarted", emergencyStarted)
            state.member("appeal", appeal.rawValue)
            state.member("verified", verified)
            state.member("resolved", resolved)
            state.member("transferred", transferred)
            state.member("urgedByService", urgedByService)
            state.member("supervised", supervised)
            state.member("boundMissed", boundMissed)
            if let task { state.member("task", task) }
            state.member("callbacks", callbacks)
            state.member("unreachableTries", unreachableTries)
            if let falseResolution { state.member("falseResolution", falseResolution) }
            state.member("closedAt", closedAt)
        }
    }

    package init(reading state: inout StateReading) throws {
        self = try state.object { state in
            var ticket = FollowedTicket(ticketNo: try state.string("ticketNo"))
            ticket.registration = try state.has("registration") ? Registration(reading: &state) : nil
            ticket.timeline = try state.array("timeline")
            ticket.holder = try state.has("holder") ? Holder(reading: &state) : nil
            ticket.highestTier = try state.has("highestTier") ? state.value() : nil
            ticket.level = try state.has("level") ? state.value() : nil
            ticket.responsibility = try state.has("responsibility") ? state.value() : nil
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
            ticket.task = try state.has("task") ? CallbackTask(reading: &state) : nil
            ticket.callbacks = try state.integer("callbacks")
            ticket.unreachableTries = try state.integer("unreachableTries")
            ticket.falseResolution = try state.has("falseResolution") ? ComplaintClosed.FalseResolution(reading: &state) : nil
            ticket.closedAt = try state.has("closedAt") ? state.date() : nil
            return ticket
        }
    }
}

extension FollowedTicket.Registration: HandCodedValue {
    package func write(to state: inout StateWriting) {
        state.object { state in
            state.member("channel", channel.rawValue)
            state.member("type", type.rawValue)
            state.member("category", category?.rawValue)
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
                category: try state.has("category") ? state.value() : nil, area: try state.string("area"),
                customer: try state.value("customer"), receivedAt: try state.date("receivedAt"),
                firstOwner: try state.value("firstOwner"), isRepeat: try state.bool("isRepeat"),
                matchedTicketNo: try state.has("matchedTicketNo") ? state.string() : nil)
        }
    }
}

extension FollowedTicket.Holder: HandCodedValue {
    package func write(to state: inout StateWriting) {
        state.object { state in
            state.member("unit", unit)
            state.member("tier", tier.rawValue)
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
            state.member("step", step.rawValue)
            state.member("unit", unit)
            state.member("tier", tier.rawValue)
            state.member("dueAt", dueAt)
            state.member("attempt", attempt)
            state.member("method", method.rawValue)
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

extension StepTrack: HandCodedList {
    package static let member: StaticString = "steps"
    package var elements: [Step] { steps }
    package init(elements: [Step]) { self.init(steps: elements) }
}

extension StepTrack.Step: HandCodedValue {
    package func write(to state: inout StateWriting) {
        state.object { state in
            state.member("step", step)
            state.member("unit", unit)
            state.member("tier", tier.rawValue)
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
                endedAt: try state.has("endedAt") ? state.date() : nil, missed: try state.bool("missed"))
        }
    }
}
