import Foundation
import Contracts
import ServiceKit

/// The bureau's units and their people, as the shared units file says (issue 12, item 1); checked whole at load.
public struct UnitDirectory: Codable, Sendable, Equatable {
    /// The bureau the directory describes, e.g. 包头供电局九原供电分局.
    public var bureau: String
    /// Its units, in file order.
    public var units: [Unit]

    /// Creates a directory; `problems` says whether it can be used.
    public init(bureau: String, units: [Unit]) {
        self.bureau = bureau
        self.units = units
    }

    /// The Jiuyuan directory shipped in the routing data folder; the file is configuration, so another bureau runs
    /// the same binary with its own.
    public static let defaultFile = "units-jiuyuan.json"

    /// Reads `file` of the routing data folder and refuses it, listing every problem, unless it passes `problems`.
    public static func load(from data: ServiceData, file: String = defaultFile) throws(ServiceDataError) -> UnitDirectory {
        try data.decode(UnitDirectory.self, from: file) { $0.problems }
    }

    /// The unit with `id`, if any.
    public func unit(_ id: String) -> Unit? { units.first { $0.id == id } }

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
