import Foundation
import Contracts
import ServiceKit

/// The bureau's units and their people, as the shared units file says (issue 12, item 1); checked whole at load.
public struct UnitDirectory: Codable, Sendable, Equatable {
    /// The bureau the directory describes, e.g. 包头供电局九原供电分局.
    public var bureau: String
    /// Its units, in file order: the handling ladder.
    public var units: [Unit]
    /// The centres that accept tickets but handle none (the 95598 centre); absent from the file: none.
    public var acceptingCentres: [AcceptingCentre]

    /// Creates a directory; `problems` says whether it can be used.
    public init(bureau: String, units: [Unit], acceptingCentres: [AcceptingCentre] = []) {
        self.bureau = bureau
        self.units = units
        self.acceptingCentres = acceptingCentres
    }

    private enum CodingKeys: String, CodingKey { case bureau, units, acceptingCentres }

    /// Reads a directory; a file without accepting centres has none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        bureau = try container.decode(String.self, forKey: .bureau)
        units = try container.decode([Unit].self, forKey: .units)
        acceptingCentres = try container.decodeIfPresent([AcceptingCentre].self, forKey: .acceptingCentres) ?? []
    }

    /// The Jiuyuan directory shipped in the routing data folder; the file is configuration, so another bureau runs
    /// the same binary with its own.
    public static let defaultFile = "units-jiuyuan.json"

    /// Reads `file` of the routing data folder and refuses it, listing every problem, unless it passes `problems`.
    public static func load(from data: ServiceData, file: String = defaultFile) throws(ServiceDataError) -> UnitDirectory {
        try data.decode(UnitDirectory.self, from: file) { $0.problems }
    }

    /// The unit with `id`, if any; an accepting centre is not a unit.
    public func unit(_ id: String) -> Unit? { units.first { $0.id == id } }

    /// The accepting centre with `id`, if any.
    public func acceptingCentre(_ id: String) -> AcceptingCentre? { acceptingCentres.first { $0.id == id } }

    /// Whether `id` names a unit or an accepting centre: someone who can accept a ticket and own it (P1).
    public func canOwn(_ id: String) -> Bool { unit(id) != nil || acceptingCentre(id) != nil }

    /// The station that serves `area`, if any.
    public func station(serving area: String) -> Unit? { units.first { $0.tier == .station && $0.areas.contains(area) } }

    /// The unit's parent, one tier up.
    public func parent(of unit: Unit) -> Unit? { unit.parent.flatMap(self.unit) }
}

extension UnitDirectory {
    /// The directory a service other than routing reads: the shared units file when configured
    /// (`COMPLAINTS_UNITS_FILE`), else the one in routing's data folder beside `data`.
    public static func load(unitsFile: URL?, beside data: ServiceData) throws(ServiceDataError) -> UnitDirectory {
        if let unitsFile {
            return try load(from: ServiceData(directory: unitsFile.deletingLastPathComponent()), file: unitsFile.lastPathComponent)
        }
        return try load(from: data.sibling("routing"))
    }
}
