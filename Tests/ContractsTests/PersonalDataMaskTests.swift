import Contracts
import Foundation
import TestFixtures
import Testing

/// The closed record's masked customer (issue 14 item 3): every masked value goes out in a whole `complaint.closed`
/// through the codec, which checks it against the schema; a phone keeps at most 7 digits and never its extension.
@Suite struct PersonalDataMaskTests {
    private let codec: ContractCodec
    private let example: ComplaintClosed

    init() throws {
        codec = ContractCodec(catalogue: try catalogue())
        example = try ContractJSON.decode(ComplaintClosed.self, from: exampleData(.complaintClosed))
    }

    /// `customer` masked into the example closed record, which is then encoded (and so validated) by the codec.
    private func maskedThroughTheCodec(_ customer: Customer) throws -> ComplaintClosed.MaskedCustomer {
        var closed = example
        closed.customer = ComplaintClosed.MaskedCustomer(masking: customer)
        _ = try codec.encode(closed, id: "callback:mask-1", source: "callback", time: closed.closedAt)
        return closed.customer
    }

    private func expectMasked(_ form: PhoneForm, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let masked = try #require(try maskedThroughTheCodec(Customer(phone: form.number, named: true)).phone)
        #expect(masked == form.masked, sourceLocation: sourceLocation)
        #expect(masked.filter(\.isNumber).count <= 7, sourceLocation: sourceLocation)
        // An extension never shows: adding one changes nothing.
        #expect(PersonalDataMask.phone(form.number + "转99") == masked, sourceLocation: sourceLocation)
    }

    @Test(arguments: PhoneForm.acceptedByIntake)
    func everyPhoneFormTheIntakeAcceptsKeepsAtMostTheFirstThreeAndLastFourDigits(form: PhoneForm) throws {
        try expectMasked(form)
    }

    @Test(arguments: PhoneForm.comingWithIssue16)
    func phoneFormsIssue16AcceptsAreMaskedTheSameWay(form: PhoneForm) throws {
        try expectMasked(form)
    }

    @Test(arguments: PhoneForm.others)
    func textThatIsNoPhoneNumberKeepsFewDigitsOrOnlyStars(form: PhoneForm) throws {
        try expectMasked(form)
    }

    @Test(arguments: [
        ("王女士", "王**"), ("李强", "李*"), ("王", "王*"), ("", "*"), ("  王女士 ", "王**"), ("欧阳娜娜", "欧***"),
        ("Zhang Wei", "Z********"), ("王*", "王*"), ("*", "*"), ("𠀀先生", "𠀀**"),
        // The pattern's `[^*]{0,1}` is one code point: a decomposed é cannot be kept.
        ("e\u{301}mile", "*****"),
    ])
    func namesKeepTheirFirstCharacterAndAtLeastOneStar(name: String, masked: String) throws {
        #expect(try maskedThroughTheCodec(Customer(name: name, phone: "13904720001", named: true)).name == masked)
    }

    @Test(arguments: [
        ("0472-100234", "*******0234"), ("3204567890", "******7890"), ("12345", "*2345"), ("1234", "*234"),
        ("12", "*2"), ("1", "*"), ("", "*"), (" 0472-100234 ", "*******0234"), ("AB-12", "*B-12"),
        ("户号0234", "**0234"), ("户号零二三四", "******"), ("12/34", "***34"), ("０４７２－１００２３４", "*******0234"),
        ("*******0234", "*******0234"),
    ])
    func accountsKeepAtMostTheirLastFourCharactersBehindAtLeastOneStar(account: String, masked: String) throws {
        #expect(try maskedThroughTheCodec(Customer(account: account, named: false)).account == masked)
    }

    @Test func theRegisteredExamplesCustomerBecomesTheClosedExamplesCustomer() throws {
        let registered = try ContractJSON.decode(ComplaintRegistered.self, from: exampleData(.complaintRegistered))
        #expect(try maskedThroughTheCodec(registered.ticket.customer) == example.customer)
    }

    @Test func absentFieldsStayAbsentTheAddressIsLeftOutAndNamedIsKept() throws {
        let customer = Customer(account: "0472-100234", address: "九原区麻池镇新光村3组", named: false)
        #expect(try maskedThroughTheCodec(customer) == .init(account: "*******0234", named: false))
        let empty = Customer(account: "", name: "", phone: "不详", named: true)
        #expect(try maskedThroughTheCodec(empty) == .init(account: "*", name: "*", phone: "****", named: true))
    }
}
