import Contracts
import Units

/// What one of the benchmark's tickets is, chosen from its number: where the call came from, what about, in which
/// area, who handles it, what is found, how far it goes up and how it ends. The shares are a county bureau's month as
/// the seeds tell it: most tickets by 95598, two in five complaints, a third of complaints the station's fault, most
/// closed at the station and satisfied; areas as busy as their stations' customers.
struct TicketProfile {
    var channel: Channel
    var type: TicketType
    var category: Category
    var area: String
    /// A repeat demand (R1) about a February ticket, which the benchmark's stores do not hold.
    var isRepeat: Bool
    var responsibility: Responsibility
    /// How many tiers above the first assignment's it went (0: closed where it was assigned).
    var raised: Int
    var satisfaction: CallbackOutcome?
    /// S6: the record lacks its investigation report; R4: the result reported was false.
    var missingReport: Bool
    var falseResolution: Bool
    /// Whose analysis of the event (E8) comes after the close: the CSC's, the station's, or none.
    var analyst: Tier?
    /// The analysis says whom the ticket traces to (S10); without it the CSC's report is incomplete (S5).
    var traced: Bool

    /// Events scoring reads about the ticket: registered, assigned, verified, closed, and the analysis if any.
    var events: Int { analyst == nil ? 4 : 5 }
}

struct TicketMix: Sendable {
    let directory: UnitDirectory
    /// The stations' areas, each weighted by its share of the station's customers.
    let areas: [(String, Int)]

    init(directory: UnitDirectory) {
        self.directory = directory
        areas = directory.units.filter { $0.tier == .station }.flatMap { station in
            station.areas.map { ($0, max(1, (station.customers ?? 1_000) / 1_000 / max(1, station.areas.count))) }
        }
    }

    /// The complaint categories (seed 001), the commonest first.
    static let complaintCategories: [(Category, Int)] = [
        (.wrongReading, 14), (.supplyQuality, 14), (.repairOverdue, 12), (.attitude, 10), (.tariff, 8), (.charges, 8),
        (.plannedOutage, 7), (.workQuality, 6), (.lateReconnection, 5), (.wrongDisconnection, 4),
        (.applianceDamage, 4), (.meterSeal, 3), (.brokenCommitment, 3), (.commitmentDeadline, 2),
    ]

    /// The types of ticket by channel: the regulator's are complaints, the hotline's half complaints, tickets taken
    /// locally mostly repairs and questions.
    static let regulatorTypes: [(TicketType, Int)] = [(.complaint, 90), (.opinion, 10)]
    static let hotlineTypes: [(TicketType, Int)] = [
        (.complaint, 50), (.repair, 25), (.consultation, 13), (.opinion, 8), (.report, 2), (.praise, 2),
    ]
    static let localTypes: [(TicketType, Int)] = [
        (.complaint, 20), (.repair, 40), (.consultation, 22), (.opinion, 12), (.report, 3), (.praise, 3),
    ]

    /// The last callback's outcome; none for an anonymous caller who left no way to reach them.
    static let outcomes: [(CallbackOutcome?, Int)] = [(.satisfied, 86), (.unsatisfied, 6), (.unreachable, 4), (nil, 4)]

    /// An area no station serves: the CSC takes its tickets.
    static let unservedArea = "JY-XX"

    func profile(_ number: Int) -> TicketProfile {
        var draw = Draws(number)
        let channel: Channel = draw.pick([
            (.hotline95598, 55), (.regulator12398, 5), (.online, 15), (.hall, 10), (.gridPhone, 10), (.letter, 3),
            (.visit, 2),
        ])
        let counted = channel == .hotline95598 || channel == .regulator12398
        let type = draw.pick(
            channel == .regulator12398 ? Self.regulatorTypes : counted ? Self.hotlineTypes : Self.localTypes)
        let category = type == .report ? draw.pick([(.theft, 40), (.other, 60)]) : draw.pick(Self.complaintCategories)
        let area = draw.chance(2) ? Self.unservedArea : draw.pick(areas)
        let responsibility: Responsibility = draw.chance(type == .complaint ? 35 : 20) ? .station : .customer
        let analyst: Tier? = type != .complaint ? nil
            : counted ? (draw.chance(92) ? .csc : nil)
            : (draw.chance(50) ? .station : nil)
        return TicketProfile(
            channel: channel, type: type, category: category, area: area, isRepeat: draw.chance(5),
            responsibility: responsibility, raised: draw.pick([(0, 85), (1, 10), (2, 4), (3, 1)]),
            satisfaction: draw.pick(Self.outcomes),
            missingReport: type == .complaint && draw.chance(3.3), falseResolution: draw.chance(0.4),
            analyst: analyst, traced: draw.chance(95))
    }

    /// The unit the ticket is first assigned to: the station of its area, the CSC for an area no station serves,
    /// marketing for a tariff complaint.
    func firstUnit(_ profile: TicketProfile) -> Units.Unit {
        if profile.type == .complaint, profile.category == .tariff, let marketing = unit(of: .marketing) { return marketing }
        return directory.station(serving: profile.area) ?? unit(of: .csc) ?? directory.units[0]
    }

    /// The directory's unit of `tier` (the first, for stations).
    func unit(of tier: Tier) -> Units.Unit? { directory.units.first { $0.tier == tier } }

    /// The tier `raised` tiers above `tier`, at most the leadership.
    static func tier(_ raised: Int, above tier: Tier) -> Tier {
        let tiers = Tier.allCases.sorted()
        return tiers[min(tiers.count - 1, (tiers.firstIndex(of: tier) ?? 0) + raised)]
    }
}
