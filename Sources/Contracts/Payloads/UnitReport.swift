/// A message a unit sends on `units.reports` about a ticket it handles: who it is, who in it, and a free note.
public protocol UnitReport: TicketEventPayload {
    /// The unit reporting.
    var unit: String { get }
    /// The person, role and name.
    var by: String { get }
    var note: String? { get }
}

extension HandlingAccepted: UnitReport {}
extension HandlingVerified: UnitReport {}
extension HandlingContacted: UnitReport {}
extension HandlingResolved: UnitReport {}
extension HandlingUnresolvable: UnitReport {}
extension HandlingTransferRequested: UnitReport {}
extension WarningFiled: UnitReport {}
extension EmergencyStarted: UnitReport {}
extension EmergencyLifted: UnitReport {}
extension AnalysisSubmitted: UnitReport {}
extension AppealFiled: UnitReport {}
extension AppealDecided: UnitReport {}
