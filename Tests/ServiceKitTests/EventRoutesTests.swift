import Contracts
import Foundation
import Kafka
@testable import ServiceKit
import ServiceStore
import TestFixtures
import TestSupport
import Testing

/// Every message type on a service's topics is a decision: applied, ignored on purpose, or refused.
@Suite(.serialized) struct EventRoutesTests {
    private struct Routed: EventHandler {
        let routes: EventRoutes
    }

    private func definition(_ routes: EventRoutes, topics: [TopicName] = [.hotlineTickets]) -> ServiceDefinition {
        ServiceDefinition(name: "routed", topics: topics, migrations: .none, makeHandler: { _ in Routed(routes: routes) })
    }

    @Test func aTypeOnTheTopicsWithNoDecisionIsAProblem() {
        let routes = EventRoutes().on(DeadlineMissed.self) { _, _, _ in }
        let problems = routes.problems(consuming: [.complaintsEscalations])
        #expect(problems.count == MessageType.allCases.filter { $0.topic == .complaintsEscalations }.count - 1)
        #expect(problems.contains("deadline.approaching arrives on its topics but is neither applied, ignored nor refused"))
        #expect(routes.problems(consuming: [.hotlineTickets]) == [
            "ticket.submitted arrives on its topics but is neither applied, ignored nor refused",
            "deadline.missed is routed but none of its topics carries it",
        ])
    }

    @Test func aServiceWithAnUndecidedTypeDoesNotStart() throws {
        let fixture = try RuntimeFixture()
        let undecided = definition(EventRoutes(), topics: [.hotlineTickets])
        #expect(throws: ServiceDefinitionError.self) { try fixture.instance(try fixture.database(undecided), definition: undecided) }
    }

    @Test func anIgnoredTypeIsCountedAndNotDeadLettered() async throws {
        let fixture = try RuntimeFixture()
        try await fixture.tickets().publish(0..<3)
        let ignoring = definition(EventRoutes().ignoring(.ticketSubmitted, because: "tests ignore tickets"))
        let instance = try fixture.instance(try fixture.database(ignoring), definition: ignoring)
        let running = BackgroundServices([instance.relay, instance.runner], logger: runtimeLogger)
        #expect(await eventually { instance.metrics.value(of: "complaints_messages_ignored_total") == 3 })
        try await running.stop()
        #expect(instance.metrics.value(of: "complaints_dead_lettered_total") == 0)
        #expect(instance.metrics.value(of: "complaints_messages_applied_total") == 0)
    }

    @Test func aRefusedTypeIsDeadLetteredWithTheReason() async throws {
        let fixture = try RuntimeFixture()
        try await fixture.tickets().publish(0..<1)
        let refusing = definition(EventRoutes().refusing(.ticketSubmitted, because: "tickets go to the intake"))
        let instance = try fixture.instance(try fixture.database(refusing), definition: refusing)
        let running = BackgroundServices([instance.relay, instance.runner], logger: runtimeLogger)
        let letters = try await fixture.read(.complaintsDeadletter, atLeast: 1)
        try await running.stop()
        let rejected = try ContractJSON.decode(MessageRejected.self, from: letters.first?.value ?? Data())
        #expect(rejected.reasonCode == .unhandled)
        #expect(rejected.reason == "tickets go to the intake")
    }
}
