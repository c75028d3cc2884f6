import Contracts
import IntakeService
import Testing
import Units

/// P1 (首问负责制): whoever accepted a ticket owns it. Without `acceptedBy`, the channel says who accepted it, and
/// the owner is always a unit (or the accepting centre) of the unit directory.
struct FirstOwnerTests {
    private let validation = TicketValidation(rules: shippedConfiguration.rules, directory: shippedDirectory)

    private func owner(_ channel: Channel, area: String? = "JY-SH", acceptedBy: Owner? = nil) -> Owner {
        validation.review(ticket("1", channel: channel, area: area, acceptedBy: acceptedBy)).firstOwner
    }

    /// P1: the hotline's and the online tickets are the 95598 centre's, which the directory lists as an accepting
    /// centre, not a unit of the ladder.
    @Test func hotlineAndOnlineTicketsAreOwnedByThe95598Centre() {
        #expect(owner(.hotline95598) == Owner(unit: "hotline-95598"))
        #expect(owner(.online) == Owner(unit: "hotline-95598"))
        #expect(shippedDirectory.acceptingCentre("hotline-95598")?.name == "95598客户服务中心")
        #expect(shippedDirectory.unit("hotline-95598") == nil)
    }

    /// P1: a 12398 ticket is accepted by the CSC, which answers the regulator's line.
    @Test func regulatorTicketsAreOwnedByTheCSC() {
        #expect(owner(.regulator12398) == Owner(unit: "csc"))
    }

    /// P1: the hall, a visit, a letter and the grid phone are the station's own channels: the station serving the
    /// ticket's area accepted it.
    @Test(arguments: [Channel.hall, .visit, .letter, .gridPhone])
    func aStationsOwnChannelsAreOwnedByTheStationServingTheArea(channel: Channel) {
        #expect(owner(channel, area: "JY-SH") == Owner(unit: "st-saihan"))
        #expect(owner(channel, area: "jy-byxl") == Owner(unit: "st-saihan"))
        #expect(owner(channel, area: "JY-XQ") == Owner(unit: "st-alagatai"))
        // No station serves the area, or there is none: the CSC owns it rather than nobody.
        #expect(owner(channel, area: "JY-ZZ") == Owner(unit: "csc"))
        #expect(owner(channel, area: nil) == Owner(unit: "csc"))
    }

    /// P1: `acceptedBy` still wins when it names a unit of the directory, whatever the channel.
    @Test func theAcceptingUnitStillWins() {
        let accepted = Owner(unit: "st-machi", person: "抄表员 李强")
        #expect(owner(.hall, area: "JY-SH", acceptedBy: accepted) == accepted)
        #expect(owner(.hotline95598, acceptedBy: accepted) == accepted)
    }

    /// P1: an accepting unit the directory does not know (a station written by its name) is listed, and the
    /// channel's owner owns the ticket, so its owner is one routing and scoring can find.
    @Test func anAcceptingUnitTheDirectoryDoesNotKnowIsListedAndTheChannelDecides() {
        let review = validation.review(
            ticket("1", channel: .visit, area: "JY-BYXL", acceptedBy: Owner(unit: "赛汗供电所", person: "工作人员 宋鹏")))
        #expect(review.firstOwner == Owner(unit: "st-saihan"))
        #expect(review.ticket.acceptedBy == nil)
        #expect(review.problems.map(\.field) == ["acceptedBy.unit"])
        #expect(review.problems.first?.code == .unknown)
    }

    /// P1: the shipped rules give every channel exactly one owner, each one the directory knows.
    @Test func theShippedRulesGiveEveryChannelOneOwnerOfTheDirectory() {
        let rules = shippedConfiguration.rules.firstOwner
        #expect(Set(rules.channelUnits.keys).union(rules.areaStationChannels.map(\.rawValue)) == Set(Channel.allCases.map(\.rawValue)))
        #expect(Set(rules.channelUnits.keys).isDisjoint(with: rules.areaStationChannels.map(\.rawValue)))
        for unit in rules.channelUnits.values + [rules.withoutStation] { #expect(shippedDirectory.canOwn(unit), "\(unit)") }
    }
}
