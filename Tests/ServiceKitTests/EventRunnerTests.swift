import Broker
import Contracts
import Foundation
import Kafka
@testable import ServiceKit
import ServiceLifecycle
import ServiceStore
import TestFixtures
import TestSupport
import Testing

/// The state pattern of the architecture, end to end on the mock cluster: inbox, outbox, stored offsets, relay.
@Suite(.serialized) struct EventRunnerTests {
    @Test func everyTicketIsAppliedOnceAndAnsweredWithOneEvent() async throws {
        let fixture = try RuntimeFixture()
        try await fixture.tickets().publish(0..<40)
        let database = try fixture.database()
        let instance = try fixture.instance(database)
        #expect(try await fixture.runUntilSettled(instance, applied: 40))
        #expect(try PassThroughService.applications(in: database).values.allSatisfy { $0 == 1 })
        let published = try await fixture.read(.complaintsRegistered, atLeast: 40)
        #expect(published.count == 40)
        #expect(Set(published.compactMap { $0.header("ce_id") }).count == 40)
        #expect(published.allSatisfy { $0.header("ce_source") == "passthrough" && $0.header("ce_type") == "complaint.merged" })
        let stored = try database.read { db in try ConsumedOffsets.all(in: db) }
        #expect(stored.values.reduce(0, +) == 40, "the stored next offsets account for every consumed message")
    }

    @Test func aRedeliveredMessageIsAppliedOnce() async throws {
        let fixture = try RuntimeFixture()
        let tickets = try fixture.tickets()
        let first = try tickets.message(InboundTickets.ticket(1), eventID: "hotline-same-id")
        try await tickets.send([first, first, try tickets.message(InboundTickets.ticket(2), eventID: "hotline-2")])
        let database = try fixture.database()
        let instance = try fixture.instance(database)
        #expect(try await fixture.runUntilSettled(instance, applied: 2))
        #expect(try PassThroughService.applications(in: database) == [
            InboundTickets.ticket(1).ticketNo: 1, InboundTickets.ticket(2).ticketNo: 1,
        ])
        #expect(instance.metrics.value(of: "complaints_duplicates_skipped_total") == 1)
        #expect(instance.metrics.value(of: "complaints_messages_applied_total") == 2)
    }

    @Test func poisonMessagesGoToTheDeadLetterTopicAndLaterOnesAreApplied() async throws {
        let fixture = try RuntimeFixture()
        let tickets = try fixture.tickets()
        let good = try tickets.message(InboundTickets.ticket(7), eventID: "hotline-7")
        var notJSON = good
        notJSON.value = Data("this is not json".utf8)
        var headless = good
        headless.headers = []
        var unknownType = good
        unknownType.headers = good.headers.map { $0.name == "ce_type" ? KafkaHeader(name: "ce_type", text: "ticket.teleported") : $0 }
        var missingField = good
        missingField.value = Data(#"{"ticketNo":"95598-20260302-00007","channel":"95598"}"#.utf8)
        var refused = try tickets.message(InboundTickets.ticket(8, text: PassThroughService.refusedText), eventID: "hotline-8")
        refused.key = good.key
        // All keyed alike, so they sit in one partition in this order, before the good ticket.
        try await tickets.send([notJSON, headless, unknownType, missingField, refused, good])
        let database = try fixture.database()
        let instance = try fixture.instance(database)
        #expect(try await fixture.runUntilSettled(instance, applied: 1))
        #expect(try PassThroughService.applications(in: database) == [InboundTickets.ticket(7).ticketNo: 1])
        let letters = try await fixture.read(.complaintsDeadletter, atLeast: 5)
        let rejected = try letters.map { message in
            try ContractJSON.decode(MessageRejected.self, from: message.value ?? Data())
        }.sorted { $0.offset < $1.offset }
        #expect(rejected.map(\.reasonCode) == [.unparseable, .missingHeader, .unknownType, .schemaViolation, .rejected])
        #expect(rejected[0].original == Data("this is not json".utf8), "the original bytes travel with the dead letter")
        #expect(rejected.allSatisfy { $0.sourceTopic == .hotlineTickets })
        #expect(rejected[3].reason.contains("receivedAt"), "the reason names what is missing: \(rejected[3].reason)")
        #expect(instance.metrics.value(of: "complaints_dead_lettered_total") == 5)
    }

    /// Events are encoded and validated together at the end of the batch; one that breaks its schema sends the batch
    /// back to one-at-a-time publishing, so only its message is dead-lettered and the others are applied once.
    @Test func anEventThatBreaksItsSchemaDeadLettersOnlyItsMessage() async throws {
        let fixture = try RuntimeFixture()
        let tickets = try fixture.tickets()
        let before = try tickets.message(InboundTickets.ticket(1), eventID: "hotline-1")
        var buggy = try tickets.message(InboundTickets.ticket(2, text: PassThroughService.invalidEventText), eventID: "hotline-2")
        var after = try tickets.message(InboundTickets.ticket(3), eventID: "hotline-3")
        (buggy.key, after.key) = (before.key, before.key)
        try await tickets.send([before, buggy, after])
        let database = try fixture.database()
        let instance = try fixture.instance(database)
        #expect(try await fixture.runUntilSettled(instance, applied: 2))
        #expect(try PassThroughService.applications(in: database) == [
            InboundTickets.ticket(1).ticketNo: 1, InboundTickets.ticket(3).ticketNo: 1,
        ])
        let letters = try await fixture.read(.complaintsDeadletter, atLeast: 1)
        let rejected = try letters.map { try ContractJSON.decode(MessageRejected.self, from: $0.value ?? Data()) }
        #expect(rejected.map(\.reasonCode) == [.unhandled])
        #expect(rejected.first?.reason.contains("reason") == true, "the reason names the broken field")
        let published = try await fixture.read(.complaintsRegistered, atLeast: 2)
        #expect(published.compactMap { $0.header("ce_subject") }.sorted()
            == [InboundTickets.ticket(1).ticketNo, InboundTickets.ticket(3).ticketNo])
    }

    @Test func aCrashAfterTheTransactionBeforePublishingLosesNothing() async throws {
        let fixture = try RuntimeFixture()
        try await fixture.tickets().publish(0..<30)
        let database = try fixture.database()
        // First life: the runner commits one batch and dies before the relay hears of it (no relay runs at all).
        let crashing = try fixture.instance(database, crashPoints: .init(runner: .afterCommitBeforePublish))
        // The group reports the runner's early end, as a supervisor would see a crashed process.
        await #expect(throws: ServiceGroupError.self) {
            try await BackgroundServices([crashing.runner], logger: runtimeLogger).finished()
        }
        let appliedBeforeCrash = try PassThroughService.applications(in: database).count
        #expect(appliedBeforeCrash > 0)
        #expect(try database.read { db in try Outbox.backlog(in: db) } == appliedBeforeCrash)

        // Second life on the same file: resumes after the committed batch and publishes the waiting events.
        let restarted = try fixture.instance(try fixture.database())
        #expect(try await fixture.runUntilSettled(restarted, applied: 30))
        #expect(try PassThroughService.applications(in: database).values.allSatisfy { $0 == 1 })
        #expect(restarted.metrics.value(of: "complaints_messages_consumed_total") == 30 - appliedBeforeCrash)
        let published = try await fixture.read(.complaintsRegistered, atLeast: 30)
        #expect(published.count == 30)
        #expect(Set(published.compactMap { $0.header("ce_id") }).count == 30)
    }

    @Test func aCrashAfterPublishingBeforeMarkingResendsUnderTheSameIds() async throws {
        let fixture = try RuntimeFixture()
        try await fixture.tickets().publish(0..<30)
        let database = try fixture.database()
        // First life: the relay's first batch reaches the broker, then the process dies before marking it sent.
        let crashing = try fixture.instance(database, crashPoints: .init(relay: .afterSendBeforeMark))
        await #expect(throws: ServiceGroupError.self) {
            try await BackgroundServices([crashing.relay, crashing.runner], logger: runtimeLogger).finished()
        }
        let sentButUnmarked = try await fixture.read(.complaintsRegistered, atLeast: 1)
        #expect(!sentButUnmarked.isEmpty)

        let restarted = try fixture.instance(try fixture.database())
        #expect(try await fixture.runUntilSettled(restarted, applied: 30))
        #expect(try PassThroughService.applications(in: database).values.allSatisfy { $0 == 1 })
        let published = try await fixture.read(.complaintsRegistered, atLeast: 30 + sentButUnmarked.count)
        let ids = published.compactMap { $0.header("ce_id") }
        // Every event is there; those sent before the crash are there twice, under one id each, for the inbox
        // of every consumer to drop.
        #expect(Set(ids).count == 30)
        #expect(ids.count == 30 + sentButUnmarked.count)
        #expect(Set(sentButUnmarked.compactMap { $0.header("ce_id") }).isSubset(of: Set(ids)))
    }

    @Test func aRestartedServiceResumesAfterItsStoredOffsets() async throws {
        let fixture = try RuntimeFixture()
        let tickets = try fixture.tickets()
        try await tickets.publish(0..<20)
        let database = try fixture.database()
        #expect(try await fixture.runUntilSettled(fixture.instance(database), applied: 20))

        try await tickets.publish(20..<30)
        let second = try fixture.instance(try fixture.database())
        #expect(try await fixture.runUntilSettled(second, applied: 30))
        #expect(second.metrics.value(of: "complaints_messages_consumed_total") == 10)
        #expect(second.metrics.value(of: "complaints_duplicates_skipped_total") == 0)
    }

    @Test func aGracefulStopDrainsTheOutboxBeforeTheRelayEnds() async throws {
        let fixture = try RuntimeFixture()
        try await fixture.tickets().publish(0..<25)
        let database = try fixture.database()
        // The runner alone: events pile up in the outbox.
        let writer = try fixture.instance(database)
        let consuming = BackgroundServices([writer.runner], logger: runtimeLogger)
        #expect(try await eventually { try PassThroughService.applications(in: database).count == 25 })
        try await consuming.stop()
        #expect(try database.read { db in try Outbox.backlog(in: db) } == 25)

        // A relay asked to stop at once still sends everything before it ends (SIGTERM during a backlog).
        let relay = try fixture.instance(try fixture.database()).relay
        let relaying = BackgroundServices([relay], logger: runtimeLogger)
        try await relaying.stop()
        #expect(try database.read { db in try Outbox.backlog(in: db) } == 0)
        #expect(try await fixture.read(.complaintsRegistered, atLeast: 25).count == 25)
    }
}
