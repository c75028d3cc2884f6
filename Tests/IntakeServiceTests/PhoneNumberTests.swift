import Contracts
import IntakeService
import TestFixtures
import Testing

/// Every form agents type a caller number in is read as the one number it is (H1: the ticket is registered, not
/// refused for the way its number was typed), and repeat demands compare numbers read that way (R2).
struct PhoneNumberTests {
    /// H1, issue 16: dashes after the country code, a bare 86, full-width digits and signs.
    @Test(arguments: [
        "13904720001", "+86 139 0472 0001", "139-0472-0001", "008613904720001", "+86-139-0472-0001", "86 13904720001",
        "8613904720001", "１３９０４７２０００１", "＋８６ １３９ ０４７２ ０００１", " 139 0472 0001 ",
    ])
    func mobileNumbersInEveryFormAreReadAsOneNumber(_ raw: String) {
        #expect(PhoneNumber(raw) == .mobile("13904720001"))
        #expect(PhoneNumber(raw)?.normalized == "13904720001")
    }

    /// H1, issue 16: the area code in parentheses, full-width digits and dashes, extensions after -, 转, ext, x, 分机.
    @Test(arguments: [
        ("0472-5123456", "0472-5123456"), ("04725123456", "0472-5123456"), ("(0472)5123456", "0472-5123456"),
        ("（0472）5123456", "0472-5123456"), ("０４７２－５１２３４５６", "0472-5123456"), ("+86 (0472) 5123456", "0472-5123456"),
        ("0472 512 3456", "0472-5123456"), ("0472--5123456", "0472-5123456"), ("010-62345678", "010-62345678"),
        ("0472-5123456-802", "0472-5123456-802"), ("0472 5123456转802", "0472-5123456-802"),
        ("0472-5123456 EXT.802", "0472-5123456-802"), ("0472-5123456x802", "0472-5123456-802"),
        ("0472-5123456 分机 802", "0472-5123456-802"), ("0472-5123456转", "0472-5123456"),
    ])
    func landlinesAreReadWithTheirAreaCodeAndExtension(raw: String, normalized: String) throws {
        let number = try #require(PhoneNumber(raw))
        #expect(number.normalized == normalized)
        #expect(number.matchingKey == normalized.split(separator: "-").prefix(2).joined())
    }

    /// H1, issue 16: a local number whose area code the agent left out is read, and says it has none; R2: it matches
    /// only the same local number, since another city may have the same digits.
    @Test func aLocalNumberWithoutItsAreaCodeIsReadWithoutOne() {
        #expect(PhoneNumber("5123456") == .local(number: "5123456", extension: nil))
        #expect(PhoneNumber("8765 4321转12") == .local(number: "87654321", extension: "12"))
        #expect(PhoneNumber("5123456")?.matchingKey == "5123456")
        #expect(PhoneNumber("5123456")?.matchingKey != PhoneNumber("0472-5123456")?.matchingKey)
    }

    /// The forms the masking tests (ContractsTests) count as accepted, issue 16's among them, are accepted, and the
    /// closed record shows the same of them as of the number without country code and extension.
    @Test(arguments: PhoneForm.acceptedByIntake + PhoneForm.comingWithIssue16)
    func phoneFormsTheMaskingTestsCallAcceptedAreAcceptedAndMaskedAsTheirNumber(form: PhoneForm) throws {
        let number = try #require(PhoneNumber(form.number))
        #expect(PersonalDataMask.phone(number.matchingKey) == form.masked)
        #expect(PersonalDataMask.phone(number.normalized) == form.masked)
    }

    /// What is no number stays unread: words around digits, too few or too many digits, a local number starting
    /// with 1, a mobile with an extension, an extension of words.
    @Test(arguments: PhoneForm.others.map(\.number) + [
        "12904720001", "1390472000", "139047200011", "1390472", "0472-0123456", "0472-51234", "95598", "abc",
        "0472-5123456转前台", "0472-5123456-1234567",
    ])
    func textThatIsNoNumberIsNotRead(_ raw: String) {
        #expect(PhoneNumber(raw) == nil)
    }
}
