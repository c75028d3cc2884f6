import Contracts
import Units

/// Who accepted a ticket that names no accepting unit (P1, 首问负责制), by the channel it came in through, as
/// `rules.json` says: a fixed unit for some channels (the 95598 centre for the hotline and online channels, the CSC
/// for the regulator's 12398 line), the station serving the ticket's area for the channels a station takes itself
/// (the business hall, letters, visits, the grid phone).
public struct FirstOwnerRules: Sendable, Decodable, Equatable {
    /// Channel (as the contract writes it) to the unit that accepts its tickets.
    public var channelUnits: [String: String]
    /// Channels whose tickets the station serving the area accepts.
    public var areaStationChannels: [Channel]
    /// The owner of such a ticket when no station serves its area (or it has none): someone must own it.
    public var withoutStation: String

    public init(channelUnits: [String: String], areaStationChannels: [Channel], withoutStation: String) {
        self.channelUnits = channelUnits
        self.areaStationChannels = areaStationChannels
        self.withoutStation = withoutStation
    }

    /// What keeps the rules from giving every channel exactly one owner.
    func problems() -> [String] {
        var problems = channelUnits.keys.filter { Channel(rawValue: $0) == nil }.sorted()
            .map { "firstOwner.channelUnits names unknown channel \($0)" }
        for channel in Channel.allCases {
            let rules = (channelUnits[channel.rawValue] == nil ? 0 : 1) + areaStationChannels.filter { $0 == channel }.count
            if rules != 1 {
                problems.append("firstOwner: channel \(channel.rawValue) has \(rules) owner rules; it needs exactly one")
            }
        }
        return problems
    }

    /// The units the rules name that `directory` does not know.
    func problems(against directory: UnitDirectory) -> [String] {
        let named = channelUnits.sorted { $0.key < $1.key }.map { ("firstOwner.channelUnits.\($0.key)", $0.value) }
            + [("firstOwner.withoutStation", withoutStation)]
        return named.filter { !directory.canOwn($0.1) }.map { "\($0.0) names \($0.1), which the unit directory does not have" }
    }

    /// The owner of a ticket of `channel` in `area` (a code the directory may know) that no unit claimed.
    func owner(channel: Channel, area: String?, directory: UnitDirectory) -> Owner {
        if let unit = channelUnits[channel.rawValue] { return Owner(unit: unit) }
        return Owner(unit: area.flatMap(directory.station(serving:))?.id ?? withoutStation)
    }
}
