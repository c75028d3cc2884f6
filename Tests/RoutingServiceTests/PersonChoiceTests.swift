import Units
@testable import RoutingService
import Testing

/// Per-person assignment inside a unit (issue 12, item 5).
@Suite struct PersonChoiceTests {
    private let staff = Placement(unit: "st-machi", role: .staff)

    /// The person with the fewest open tickets in the role the step needs gets it.
    @Test func theFewestOpenTicketsInTheRoleGetsTheTicket() {
        let loads = ["mc-04": 3, "mc-05": 1, "mc-06": 2, "mc-02": 0, "mc-01": 0]
        let person = shipped.directory.person(for: staff) { loads[$0.id] ?? 0 }
        #expect(person?.id == "mc-05")
        #expect(person?.label == "工作人员 陈磊")
    }

    /// Only people in the role the step needs are chosen: an idle head does not take the technician's step.
    @Test func onlyPeopleInTheRoleTheStepNeedsAreChosen() {
        let person = shipped.directory.person(for: .init(unit: "st-machi", role: .technician)) { $0.role == .head ? 0 : 5 }
        #expect(person?.role == .technician)
    }

    /// Ties go by name in Unicode scalar order (周 U+5468 < 李 U+674E < 陈 U+9648), then by id.
    @Test func tiesGoByNameInUnicodeScalarOrderThenById() {
        let even = shipped.directory.person(for: staff) { _ in 1 }
        #expect(even?.name == "周晓燕")
        var directory = shipped.directory
        directory.units[4].people += [Person(id: "mc-00", name: "周晓燕", role: .staff)]
        #expect(directory.person(for: staff) { _ in 1 }?.id == "mc-00")
    }
}
