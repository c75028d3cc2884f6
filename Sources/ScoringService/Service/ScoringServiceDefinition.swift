import BusinessTime
import Contracts
import Foundation
import ServiceKit
import ServiceStore
import Units

/// The scoring service: each unit's assessment ledger (S2–S9, R7), the KPIs kept day by day (S12), and the daily,
/// weekly and monthly reports (S10, C4).
public enum ScoringService {
    public static let name = "scoring"

    /// Every complaint topic: registrations, assignments, escalations, callbacks, closed tickets, the units' reports.
    public static let topics: [TopicName] = [
        .complaintsRegistered, .complaintsAssignments, .complaintsEscalations, .complaintsCallbacks,
        .complaintsClosed, .unitsReports,
    ]

    /// Tickets are kept this many days after their close: past S7's month and a late appeal (R7).
    static let closedTicketDays = 400

    /// The scoring service in the list of services. Its data folder holds `scoring.json`; the unit directory is the
    /// shared units file, else routing's.
    public static let entry = ServiceEntry(
        name: name, summary: "Keep each unit's ledger and KPIs; publish the daily, weekly and monthly reports.",
        load: { data in
            let settings = try ScoringSettings.load(from: data)
            return ServiceDefinition(
                name: name, topics: topics, migrations: ScoringMigrations.all,
                pruning: [scoredTickets.pruning(days: closedTicketDays)],
                makeHandler: { resources in
                    let directory = try UnitDirectory.load(unitsFile: resources.unitsFile, beside: data)
                    let calendar = try resources.workingDayCalendar(for: name)
                    let builder = ReportBuilder(settings: settings, directory: directory)
                    return ScoringHandler(
                        scoring: TicketScoring(settings: settings, directory: directory, calendar: calendar),
                        bureau: BureauTimers(builder: builder, calendar: calendar, settings: settings))
                })
        })

    /// The rules as the service applies them, from the scoring data folder `data`, the units file beside it and
    /// `calendar`: for the benchmark, which drives them without a broker to fill its stores.
    package static func scoring(_ data: ServiceData, calendar: BusinessCalendar) throws -> TicketScoring {
        TicketScoring(settings: try ScoringSettings.load(from: data),
                      directory: try UnitDirectory.load(unitsFile: nil, beside: data), calendar: calendar)
    }

    /// The report builder a store's report is written with, from the scoring data folder `data` and the units file.
    package static func reportBuilder(data: ServiceData, unitsFile: URL?) throws -> ReportBuilder {
        ReportBuilder(settings: try ScoringSettings.load(from: data),
                      directory: try UnitDirectory.load(unitsFile: unitsFile, beside: data))
    }
}
