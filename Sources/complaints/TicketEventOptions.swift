import ArgumentParser
import Contracts
import Foundation

/// What every event a person in the loop publishes about one ticket names (the ticket, who, a note, when) and where
/// it goes. The event is checked against its schema before anything is sent.
struct TicketEventOptions: ParsableArguments {
    @Argument(help: "The ticket number, e.g. 95598-20260302-0001.") var ticket: String
    @Option(help: "Role and name of the person acting, e.g. \"工作人员 李娜\" or \"客户代表 张敏\".") var by: String
    @Option(help: "Free text.") var note: String?
    @Option(
        help: "When it happened (ce_time), RFC 3339, e.g. 2026-03-02T10:00:00+08:00 (default: now, on the services' clock when COMPLAINTS_CLOCK is set).",
        transform: TicketEventOptions.time)
    var at: Date?
    @OptionGroup var cluster: ClusterOptions

    /// The checked message of `payload`: its `ce_source` is the people who publish on its topic, its time `--at`
    /// else `now`. A payload that breaks its schema throws, naming every violation.
    func event(_ payload: some EventPayload, codec: ContractCodec, now: Date = Date()) throws(EnvelopeError) -> OutgoingEvent {
        let topic = type(of: payload).messageType.topic
        return try codec.encode(
            payload, id: UUID().uuidString, source: topic.externalSource ?? "complaints-cli", time: at ?? now)
    }

    /// Checks `payload` against its schema, then sends it; a payload that breaks its schema sends nothing.
    func publish(_ payload: some EventPayload) async throws {
        try await cluster.send([
            event(payload, codec: ContractCodec(catalogue: try cluster.catalogue()), now: try BusinessNow.now()),
        ])
    }

    /// An RFC 3339 time from the command line, or an error that shows the form.
    static func time(_ text: String) throws -> Date {
        guard let date = Timestamp.parse(text) else {
            throw ValidationError("\(text) is not an RFC 3339 time like 2026-03-02T10:00:00+08:00")
        }
        return date
    }
}
