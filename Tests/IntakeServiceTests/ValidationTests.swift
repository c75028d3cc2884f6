import Contracts
import Foundation
import IntakeService
import TestFixtures
import Testing

/// What a ticket must be to be recorded (H1), its first owner included (P1).
struct ValidationTests {
    private let validation = TicketValidation(rules: shippedConfiguration.rules)
    private let now = beijing("2026-03-02T09:05:00+08:00")

    @Test(arguments: ["13904720001", "+86 139 0472 0001", "139-0472-0001", "008613904720001"])
    func mainlandMobileNumbersAreAccepted(_ raw: String) {
        #expect(PhoneNumber(raw) == .mobile("13904720001"))
    }

    @Test func landlinesAreAcceptedWithAreaCodeAndExtension() {
        #expect(PhoneNumber("0472-5123456") == .landline(areaCode: "0472", number: "5123456", extension: nil))
        #expect(PhoneNumber("010-62345678") == .landline(areaCode: "010", number: "62345678", extension: nil))
        #expect(PhoneNumber("04725123456") == .landline(areaCode: "0472", number: "5123456", extension: nil))
        #expect(PhoneNumber("0472-5123456-802") == .landline(areaCode: "0472", number: "5123456", extension: "802"))
        #expect(PhoneNumber("0472 5123456转802")?.matchingKey == "04725123456")
    }

    /// The forms the masking tests (ContractsTests) count as accepted are accepted, and the closed record shows the
    /// same of them as of the number without country code and extension.
    @Test(arguments: PhoneForm.acceptedByIntake)
    func phoneFormsTheMaskingTestsCallAcceptedAreAcceptedAndMaskedAsTheirNumber(form: PhoneForm) throws {
        let number = try #require(PhoneNumber(form.number))
        #expect(PersonalDataMask.phone(number.matchingKey) == form.masked)
    }

    @Test(arguments: ["12904720001", "1390472000", "139047200011", "5123456", "0472-0123456", "0472-51234", "95598", "abc", "0472--5123456"])
    func otherNumbersAreRejected(_ raw: String) {
        #expect(PhoneNumber(raw) == nil)
    }

    @Test func accountNumbersFollowTheMarketingSystemsFormat() {
        #expect(AccountNumber.isValid("0472-100234"))
        #expect(AccountNumber.isValid("3204567890"))
        #expect(!AccountNumber.isValid("472-100234"))
        #expect(!AccountNumber.isValid("0472-1002"))
        #expect(!AccountNumber.isValid("ABC-100234"))
        #expect(!AccountNumber.isValid("0472-100234-1"))
    }

    @Test func aValidTicketHasNoProblems() {
        #expect(validation.problems(in: ticket("95598-1"), now: now).isEmpty)
    }

    @Test func everyProblemOfATicketIsListedWithPersonalDataMasked() {
        var bad = ticket("95598-1", at: "2026-03-02T09:30:00+08:00", text: "   ", account: "12", phone: "99887")
        bad.acceptedBy = Owner(unit: "st-machi", person: " ")
        let problems = validation.problems(in: bad, now: now)
        #expect(problems.count == 5)
        #expect(problems.contains { $0.hasPrefix("customer.phone") && !$0.contains("99887") })
        #expect(problems.contains { $0.hasPrefix("customer.account") })
        #expect(problems.contains { $0.hasPrefix("text is blank") })
        #expect(problems.contains { $0.contains("in the future") })
        #expect(problems.contains { $0.hasPrefix("acceptedBy.person") })
    }

    @Test func receivedAtMayBeAFewMinutesAheadButNotOlderThanTheTopicKeepsTickets() {
        let leeway = shippedConfiguration.rules.receivedAtLeewayMinutes
        #expect(validation.problems(in: ticket("1", at: "2026-03-02T09:10:00+08:00"), now: now).isEmpty)
        #expect(leeway == 10)
        #expect(validation.problems(in: ticket("2", at: "2026-01-30T09:00:00+08:00"), now: now) == [
            "receivedAt 2026-01-30T09:00:00+08:00 is more than 30 days old",
        ])
    }

    @Test func textLongerThanTheLimitIsRejected() {
        let limit = shippedConfiguration.rules.maximumTextLength
        #expect(validation.problems(in: ticket("1", text: String(repeating: "电", count: limit)), now: now).isEmpty)
        #expect(validation.problems(in: ticket("2", text: String(repeating: "电", count: limit + 1)), now: now) == [
            "text has \(limit + 1) characters, more than the \(limit) allowed",
        ])
    }
}
