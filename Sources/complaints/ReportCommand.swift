import ArgumentParser
import Contracts
import Foundation

/// `complaints report KIND TICKET`: what a regional unit reports while handling a ticket, published on
/// `units.reports` as the unit's own system would (`ce_source` `units`, keyed by the ticket). Without a kind,
/// `complaints report --period 2026-03` writes the scoring service's report of the period instead.
///
///     complaints report verified 95598-20260302-0001 --responsibility station --unit st-machi --by "工作人员 李娜"
///     complaints report --period 2026-03 --format html --unit st-machi
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Publish a unit's report about a ticket to units.reports, or write a period's scoring report.",
        discussion: """
            The kind comes first, then the ticket: complaints report verified TICKET --responsibility station \
            --unit st-machi --by "工作人员 李娜". Every kind takes --unit and --by, and --note and --at. The report is \
            checked against its schema before it is sent; a bad one sends nothing and says what is wrong.

            Without a kind: complaints report --period 2026-03 --format html|csv|json [--unit st-machi] writes the \
            scoring service's report of a month, an ISO week (2026-W10) or a day from its store, and prints its path.
            """,
        subcommands: [
            Accepted.self, Verified.self, Contacted.self, Resolved.self, Unresolvable.self, Transfer.self,
            Warning.self, Emergency.self, Analysis.self, Appeal.self,
        ])

    /// Shared by both uses, so the parent owns it: the reporting unit of a unit's report, or the unit a period's
    /// report is limited to.
    @Option(help: "The reporting unit's id, e.g. st-machi (required for a unit's report); with --period, only this unit.")
    var unit: String?

    @OptionGroup var periodReport: PeriodReportOptions

    func run() async throws {
        print(try periodReport.write(unit: unit))
    }

    struct Accepted: UnitReportCommand {
        static let configuration = CommandConfiguration(abstract: "The unit took the ticket on (handling.accepted).")
        @OptionGroup var report: UnitReportOptions
        @ParentCommand var parent: ReportCommand

        func payload(ticketNo: String, unit: String, by: String, note: String?) -> any EventPayload {
            HandlingAccepted(ticketNo: ticketNo, unit: unit, by: by, note: note)
        }
    }

    struct Verified: UnitReportCommand {
        static let configuration = CommandConfiguration(
            abstract: "The unit verified the ticket and fixed responsibility (handling.verified, H2; next H3 or H4).")
        @OptionGroup var report: UnitReportOptions
        @ParentCommand var parent: ReportCommand
        @Option(help: "station (contact within 1 working day, H4) or customer (feedback within 1 hour, H3).")
        var responsibility: Responsibility

        func payload(ticketNo: String, unit: String, by: String, note: String?) -> any EventPayload {
            HandlingVerified(ticketNo: ticketNo, unit: unit, by: by, responsibility: responsibility, note: note)
        }
    }

    struct Contacted: UnitReportCommand {
        static let configuration = CommandConfiguration(
            abstract: "The unit communicated with the customer (handling.contacted, H3, H4).")
        @OptionGroup var report: UnitReportOptions
        @ParentCommand var parent: ReportCommand
        @Option(help: "How the customer was reached: phone, letter or visit.") var method: ContactMethod

        func payload(ticketNo: String, unit: String, by: String, note: String?) -> any EventPayload {
            HandlingContacted(ticketNo: ticketNo, unit: unit, by: by, method: method, note: note)
        }
    }

    struct Resolved: UnitReportCommand {
        static let configuration = CommandConfiguration(
            abstract: "The unit's result, with a promise if one was made (handling.resolved; starts the callback, "
                + "C1, C3; a promise is tracked until kept, R5).")
        @OptionGroup var report: UnitReportOptions
        @ParentCommand var parent: ReportCommand
        @Option(help: "What was done.") var result: String
        @Option(help: "A promise made to the customer; needs --promise-due.") var promise: String?
        @Option(help: "When the promise must be kept, RFC 3339.", transform: TicketEventOptions.time)
        var promiseDue: Date?

        func validate() throws {
            if promise != nil, promiseDue == nil { throw ValidationError("--promise needs --promise-due") }
            if promise == nil, promiseDue != nil { throw ValidationError("--promise-due needs --promise") }
        }

        func payload(ticketNo: String, unit: String, by: String, note: String?) -> any EventPayload {
            let commitment = promise.flatMap { text in promiseDue.map { Commitment(description: text, dueAt: $0) } }
            return HandlingResolved(
                ticketNo: ticketNo, unit: unit, by: by, result: result, commitment: commitment, note: note)
        }
    }

    struct Unresolvable: UnitReportCommand {
        static let configuration = CommandConfiguration(
            abstract: "The unit cannot resolve the ticket at its tier (handling.unresolvable, H5–H9).")
        @OptionGroup var report: UnitReportOptions
        @ParentCommand var parent: ReportCommand
        @Option(help: "Why not.") var reason: String

        func payload(ticketNo: String, unit: String, by: String, note: String?) -> any EventPayload {
            HandlingUnresolvable(ticketNo: ticketNo, unit: unit, by: by, reason: reason, note: note)
        }
    }

    struct Transfer: UnitReportCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ask routing to transfer (转办) the ticket to a unit or an area; the first owner stays "
                + "(handling.transfer-requested, P1).")
        @OptionGroup var report: UnitReportOptions
        @ParentCommand var parent: ReportCommand
        @Option(help: "The unit to transfer to, e.g. st-saihan.") var toUnit: String?
        @Option(help: "The service area to transfer to, e.g. JY-SH (with --to-unit, the unit must serve it).")
        var toArea: String?
        @Option(help: "Why the ticket belongs elsewhere.") var reason: String

        func validate() throws {
            if toUnit == nil, toArea == nil { throw ValidationError("give --to-unit or --to-area") }
        }

        func payload(ticketNo: String, unit: String, by: String, note: String?) -> any EventPayload {
            HandlingTransferRequested(
                ticketNo: ticketNo, unit: unit, by: by, reason: reason, toUnit: toUnit, area: toArea, note: note)
        }
    }

    struct Warning: UnitReportCommand {
        static let configuration = CommandConfiguration(
            abstract: "The station head's early-warning report (预警报告) to the leading group (warning.filed, E3).")
        @OptionGroup var report: UnitReportOptions
        @ParentCommand var parent: ReportCommand
        @Option(help: "The main cause.") var cause: String
        @Option(help: "What the station did.") var actions: String

        func payload(ticketNo: String, unit: String, by: String, note: String?) -> any EventPayload {
            WarningFiled(ticketNo: ticketNo, unit: unit, by: by, cause: cause, actionsTaken: actions, note: note)
        }
    }

    struct Emergency: UnitReportCommand {
        /// Starting the plan or lifting it.
        enum Action: String, EnumerableFlag {
            case start, lift

            static func help(for value: Action) -> ArgumentHelp? {
                switch value {
                case .start: "The leading group started the emergency plan (emergency.started, E4); needs --reason."
                case .lift: "The leading group lifted it (emergency.lifted, E7)."
                }
            }
        }

        static let configuration = CommandConfiguration(
            abstract: "The emergency plan (应急预案) started (--start --reason R) or lifted (--lift) (E4–E7).")
        @OptionGroup var report: UnitReportOptions
        @ParentCommand var parent: ReportCommand
        @Flag var action: Action
        @Option(help: "Why the plan was started.") var reason: String?

        func validate() throws {
            switch (action, reason) {
            case (.start, nil): throw ValidationError("--start needs --reason")
            case (.lift, .some): throw ValidationError("--lift takes no --reason (use --note)")
            default: break
            }
        }

        func payload(ticketNo: String, unit: String, by: String, note: String?) -> any EventPayload {
            switch action {
            case .start: EmergencyStarted(ticketNo: ticketNo, unit: unit, by: by, reason: reason ?? "", note: note)
            case .lift: EmergencyLifted(ticketNo: ticketNo, unit: unit, by: by, note: note)
            }
        }
    }

    struct Analysis: UnitReportCommand {
        static let configuration = CommandConfiguration(
            abstract: "The complained-about unit's analysis report: cause, lessons, measures (analysis.submitted, E8, "
                + "S3, S5, S10).")
        @OptionGroup var report: UnitReportOptions
        @ParentCommand var parent: ReportCommand
        @Option(help: "What caused the complaint.") var cause: String
        @Option(help: "What was learnt.") var lessons: String
        @Option(help: "What will change.") var measures: String
        @Option(help: "true or false: whether the complaint was found true (查实, S12).") var substantiated: Bool?
        @Option(help: "The team the complaint traces to (S10), e.g. 麻池供电所抄表班.") var team: String?
        @Option(help: "The person it traces to, role and name.") var person: String?

        func payload(ticketNo: String, unit: String, by: String, note: String?) -> any EventPayload {
            let tracedTo = team == nil && person == nil ? nil : AnalysisSubmitted.Attribution(team: team, person: person)
            return AnalysisSubmitted(
                ticketNo: ticketNo, unit: unit, by: by, cause: cause, lessons: lessons, measures: measures,
                substantiated: substantiated, tracedTo: tracedTo, note: note)
        }
    }

    struct Appeal: UnitReportCommand {
        static let configuration = CommandConfiguration(
            abstract: "An appeal against a malicious or unreasonable demand, with evidence (--ground G --evidence E…, "
                + "appeal.filed), or its decision (--decided upheld|rejected, appeal.decided) (R7).")
        @OptionGroup var report: UnitReportOptions
        @ParentCommand var parent: ReportCommand
        @Option(help: "malicious or unreasonable (R3a): files the appeal; needs --evidence.") var ground: AppealGround?
        @Option(help: "A piece of evidence; repeat for more.") var evidence: [String] = []
        @Option(help: "upheld or rejected: the decision on the appeal (upheld takes the ticket out of the unit's counts).")
        var decided: AppealDecision?

        func validate() throws {
            switch (ground, decided) {
            case (nil, nil): throw ValidationError("give --ground to file an appeal, or --decided to decide one")
            case (.some, .some): throw ValidationError("give --ground or --decided, not both")
            case (.some, nil) where evidence.isEmpty: throw ValidationError("--ground needs at least one --evidence")
            case (nil, .some) where !evidence.isEmpty: throw ValidationError("--decided takes no --evidence")
            default: break
            }
        }

        func payload(ticketNo: String, unit: String, by: String, note: String?) -> any EventPayload {
            if let decided { return AppealDecided(ticketNo: ticketNo, unit: unit, by: by, decision: decided, note: note) }
            return AppealFiled(
                ticketNo: ticketNo, unit: unit, by: by, ground: ground ?? .unreasonable, evidence: evidence, note: note)
        }
    }
}

/// The fields every unit report has: the ticket, the person, a note and the time, and the reporting unit.
struct UnitReportOptions: ParsableArguments {
    @OptionGroup var event: TicketEventOptions
}

/// One kind of unit report: its own options, and the payload they make with the fields every report has. Building,
/// checking and sending are the same for every kind (below).
protocol UnitReportCommand: AsyncParsableCommand {
    /// The ticket, person, note and time.
    var report: UnitReportOptions { get }
    /// The command it is a kind of, which holds the reporting unit (`--unit`).
    var parent: ReportCommand { get }
    /// This kind's payload.
    func payload(ticketNo: String, unit: String, by: String, note: String?) -> any EventPayload
}

extension UnitReportCommand {
    /// The payload from the command line.
    var reported: any EventPayload {
        payload(ticketNo: report.event.ticket, unit: parent.unit ?? "", by: report.event.by, note: report.event.note)
    }

    func validate() throws {
        guard parent.unit != nil else { throw ValidationError("Missing expected argument '--unit <unit>'") }
        guard parent.periodReport.isEmpty else { throw ValidationError("--period and its options write a scoring report, not a unit's") }
    }

    /// The checked message, as `run` would send it.
    func event(codec: ContractCodec, now: Date = Date()) throws(EnvelopeError) -> OutgoingEvent {
        try report.event.event(reported, codec: codec, now: now)
    }

    func run() async throws {
        try await report.event.publish(reported)
    }
}

extension Responsibility: ExpressibleByArgument {}
extension ContactMethod: ExpressibleByArgument {}
extension AppealGround: ExpressibleByArgument {}
extension AppealDecision: ExpressibleByArgument {}
