import IntakeService
import Testing

/// R2 matches a customer's tickets on the account number, so one account is one key however the agent typed it.
struct AccountNumberTests {
    /// R2, issue 16: `0472-100234` and `0472100234` are the same account, in any width and with spaces around.
    @Test(arguments: ["0472-100234", "0472100234", "０４７２－１００２３４", " 0472 100234 ", "0472100234 "])
    func theAreaCodesDashDoesNotMakeAnotherAccount(_ raw: String) {
        #expect(AccountNumber(raw)?.normalized == "0472100234")
    }

    /// R2: an account without the area code is not the same as one with it.
    @Test func anAccountWithoutItsAreaCodeIsAnotherKey() {
        #expect(AccountNumber("3204567890")?.normalized == "3204567890")
        #expect(AccountNumber("100234") != AccountNumber("0472-100234"))
    }

    /// The marketing system's own form (ASCII digits and dashes) is split without trimming or Unicode properties;
    /// spaces around send it the general way, which must read it the same, or refuse it the same.
    @Test(arguments: ["0472-100234", "3204567890", "0472100234", "0472-", "-100234", "0472--100234", "0472-100234-1", "12"])
    func theSystemsOwnFormReadsAsItDoesWithSpacesAround(_ raw: String) {
        #expect(AccountNumber(raw) == AccountNumber(" \(raw) "))
    }

    @Test(arguments: ["472-100234", "0472-1002", "ABC-100234", "0472-100234-1", "户号100234", "12", "", "0472-"])
    func accountsOutsideTheMarketingSystemsFormatAreNotRead(_ raw: String) {
        #expect(AccountNumber(raw) == nil)
    }
}
