import Units
import Contracts
import Foundation
@testable import RoutingService
import ServiceKit
import TestFixtures

/// The routing data folder as shipped.
let shippedData = ServiceData(directory: RepositoryFiles.file("services/routing"))

/// The router on the shipped Jiuyuan directory and rules; a test fails at once if they do not load.
let shipped: Router = {
    do { return try Router.load(from: shippedData) } catch { fatalError("shipped routing data: \(error)") }
}()

/// A ticket's facts with the defaults of an ordinary 95598 complaint taken by the hotline in 麻池.
func facts(
    _ ticketNo: String = "T1", channel: Channel = .hotline95598, type: TicketType = .complaint,
    category: Category? = .wrongReading, area: String = "JY-MC", owner: Owner = Owner(unit: "hotline-95598")
) -> TicketFacts {
    TicketFacts(ticketNo: ticketNo, channel: channel, type: type, category: category, area: area, firstOwner: owner)
}

/// The ticket as its first assignment on the shipped data leaves it.
func routed(_ facts: TicketFacts) -> RoutedTicket {
    RoutedTicket(ticketNo: facts.ticketNo, first: shipped.firstAssignment(facts))
}

/// A folder holding `files` (name → JSON text), for data that must fail its checks.
func dataFolder(_ files: [String: String]) throws -> ServiceData {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("routing-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
    return ServiceData(directory: folder)
}

/// The problems `body` throws in a `ServiceDataError`, or none.
func problems(_ body: () throws -> Void) -> [String] {
    do { try body() } catch let error as ServiceDataError { return error.problems } catch { return ["\(error)"] }
    return []
}
