import Contracts

extension TicketType {
    /// The categories the classifier chooses among for a ticket of this type, in `Category.allCases` order (which
    /// breaks ties). Empty for opinions, consultations, repairs and praise: they carry no category, so there is
    /// nothing to classify — even though `Category.fits` accepts any category for them.
    public var classificationCandidates: [Category] {
        switch self {
        case .complaint, .report: Category.allCases.filter { $0.fits(self) }
        case .opinion, .consultation, .repair, .praise: []
        }
    }
}
