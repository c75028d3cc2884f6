import Contracts
import Foundation
import IntakeService
import TestFixtures
import Units

/// The intake's shipped data files, as the service loads them.
let shippedConfiguration: IntakeConfiguration = {
    do {
        return try IntakeConfiguration.load(directory: RepositoryFiles.intakeData)
    } catch {
        preconditionFailure("services/intake does not load: \(error)")
    }
}()

/// The shipped unit directory, as the intake reads it beside its data folder (routing's).
let shippedDirectory: UnitDirectory = {
    do {
        return try shippedConfiguration.unitDirectory(unitsFile: nil)
    } catch {
        preconditionFailure("the unit directory does not load for the intake: \(error)")
    }
}()

/// A moment in Beijing time, written as the contracts write it.
func beijing(_ text: String) -> Date {
    guard let date = Timestamp.parse(text) else { preconditionFailure("not an RFC 3339 time: \(text)") }
    return date
}

/// A valid ticket of customer 0472-100234 received at `at`.
func ticket(
    _ number: String, at: String = "2026-03-02T09:00:00+08:00", type: TicketType = .complaint,
    category: Category? = .wrongReading, channel: Channel = .hotline95598,
    text: String = "客户反映本月电费比上月高出一倍，怀疑抄表员抄错表，要求核实。",
    account: String? = "0472-100234", phone: String? = "13904720001", address: String? = "九原区麻池镇新光村3组",
    named: Bool = true, area: String? = "JY-MC", acceptedBy: Owner? = nil
) -> TicketSubmitted {
    TicketSubmitted(
        ticketNo: number, channel: channel, type: type, category: category,
        customer: Customer(account: account, name: named ? "王女士" : nil, phone: phone, address: address, named: named),
        area: area, text: text, receivedAt: beijing(at), acceptedBy: acceptedBy)
}
