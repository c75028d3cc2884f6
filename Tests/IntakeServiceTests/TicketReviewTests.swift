import Contracts
import Foundation
import IntakeService
import TestFixtures
import Testing

/// H1: every accepted ticket is registered and forwarded. A ticket is refused only when it cannot be one; every other
/// field is read as far as it can be, and what could not be read is listed as a data problem for the hotline.
struct TicketReviewTests {
    private let validation = TicketValidation(rules: shippedConfiguration.rules, directory: shippedDirectory)

    private func problems(_ review: TicketReview) -> [String] { review.problems.map { "\($0.field) \($0.code.rawValue)" } }

    /// H1: a complete ticket is registered as it was submitted.
    @Test func aCompleteTicketIsRegisteredAsSubmittedWithoutProblems() {
        let submitted = ticket("95598-20260302-0001")
        let review = validation.review(submitted)
        #expect(review.refusals.isEmpty && review.problems.isEmpty)
        #expect(review.ticket == submitted)
        #expect(review.account?.normalized == "0472100234" && review.phone == .mobile("13904720001"))
    }

    /// H1, issue 16: a number typed with the country code and dashes is registered in its normal form.
    @Test func aPhoneTypedInAnyFormIsRegisteredNormalised() {
        let review = validation.review(ticket("95598-20260302-0002", phone: "+86-139-0472-0001"))
        #expect(review.ticket.customer.phone == "13904720001")
        #expect(review.problems.isEmpty)
    }

    /// H1, issue 16: a local number is registered, and its missing area code listed for the hotline.
    @Test func aLocalNumberIsRegisteredWithItsMissingAreaCodeListed() throws {
        let review = validation.review(ticket("95598-20260302-0003", phone: "512 3456"))
        #expect(review.refusals.isEmpty)
        #expect(review.ticket.customer.phone == "5123456")
        #expect(problems(review) == ["customer.phone incomplete"])
    }

    /// H1: a number nobody can read is kept as typed, since a person may still make sense of it; the problem shows
    /// it masked, and repeat demands do not match on it (R2).
    @Test func anUnreadablePhoneIsKeptAsTypedAndListedMasked() throws {
        let review = validation.review(ticket("95598-20260302-0004", account: nil, phone: "139047200 晚上打"))
        #expect(review.refusals.isEmpty)
        #expect(review.ticket.customer.phone == "139047200 晚上打")
        #expect(review.phone == nil)
        let problem = try #require(review.problems.first)
        #expect(problem.field == "customer.phone" && problem.code == .unreadable)
        #expect(!problem.message.contains("139047200"))
    }

    /// H1, issue 16: an anonymous report that left no phone and no account is registered; the hotline learns that
    /// repeat demands cannot be matched for it.
    @Test func anAnonymousReportWithoutPhoneOrAccountIsRegistered() {
        let report = ticket(
            "95598-20260302-0005", type: .report, category: .theft, text: "有人反映村东头养殖场晚上私拉电线用电，电表不走字。",
            account: nil, phone: nil, address: nil, named: false, area: "JY-SH")
        let review = validation.review(report)
        #expect(review.refusals.isEmpty)
        #expect(problems(review) == ["customer missing"])
        #expect(review.ticket.customer == Customer(named: false))
    }

    /// H1: what cannot be a ticket is refused: blank words, a blank number, and neither a way to tell the customer
    /// (phone, account, address) nor an area. Blank strings count as absent.
    @Test func onlyWhatCannotBeATicketIsRefused() {
        #expect(validation.review(ticket("95598-1", text: " \n ")).refusals.count == 1)
        #expect(validation.review(ticket(" ")).refusals.count == 1)
        let nobody = ticket("95598-2", account: " ", phone: "", address: "  ", named: false, area: " ")
        #expect(validation.review(nobody).refusals == [
            "neither a way to tell the customer (phone, account or address) nor an area: nobody can act on the ticket or answer it",
        ])
        // An address alone is a way to answer; an area alone is a place to act.
        #expect(validation.review(ticket("95598-3", account: nil, phone: nil, named: false, area: nil)).refusals.isEmpty)
        #expect(validation.review(ticket("95598-4", account: nil, phone: nil, address: nil, named: false)).refusals.isEmpty)
    }

    /// H1, issue 16: a letter longer than the hotline's records usually hold is registered whole, and said to be long.
    @Test func aLongLetterIsRegisteredWhole() throws {
        let letter = LongLetter.text
        #expect(letter.unicodeScalars.count > shippedConfiguration.rules.longTextLength)
        let review = validation.review(ticket("LT-20260302-0006", channel: .letter, text: letter))
        #expect(review.refusals.isEmpty)
        #expect(review.ticket.text == letter)
        let problem = try #require(review.problems.first)
        #expect(problem.field == "text" && problem.code == .tooLong)
        #expect(problem.message.hasPrefix("text has \(letter.unicodeScalars.count) characters"))
        // Up to the limit, nothing is said.
        let atLimit = String(repeating: "电", count: shippedConfiguration.rules.longTextLength)
        #expect(validation.review(ticket("95598-7", text: atLimit)).problems.isEmpty)
    }

    /// H1, issue 16: the contracts carry a long letter whole, in and out: the hotline's ticket and intake's
    /// registration pass their schemas with it.
    @Test func aLongLetterPassesBothContracts() throws {
        let codec = ContractCodec(catalogue: try TopicCatalogue.load(directory: RepositoryFiles.topics))
        let submitted = ticket("LT-20260302-0008", channel: .letter, text: LongLetter.text)
        let review = validation.review(submitted)
        _ = try codec.encode(submitted, id: "hotline:1", source: "hotline", time: submitted.receivedAt)
        let registered = ComplaintRegistered(
            ticketNo: submitted.ticketNo, ticket: review.ticket,
            classification: .init(category: .supplyQuality, confidence: 1, source: .agent, disagreement: false),
            repeatDemand: .init(verdict: .notRepeat, reason: "first letter", ruleIds: [.r1]), riskFlags: [],
            firstOwner: review.firstOwner, dataProblems: review.problems)
        _ = try codec.encode(registered, id: "intake:1", source: "intake", time: submitted.receivedAt)
    }

    /// H1: an area is read ignoring case, width and spaces; one no station serves is kept (routing's coordinator sees
    /// which was meant); one that is no code at all, or none, is left out. Each is listed.
    @Test func areasAreReadAsCodesAndTheUnknownOnesListed() {
        #expect(validation.review(ticket("1", area: " jy-mc ")).ticket.area == "JY-MC")
        #expect(validation.review(ticket("2", area: "ＪＹ－ＭＣ")).ticket.area == "JY-MC")
        #expect(validation.review(ticket("2", area: "ＪＹ－ＭＣ")).problems.isEmpty)
        let unknown = validation.review(ticket("3", area: "JY-ZZ"))
        #expect(unknown.ticket.area == "JY-ZZ" && problems(unknown) == ["area unknown"])
        let words = validation.review(ticket("4", area: "麻池镇"))
        #expect(words.ticket.area == nil && problems(words) == ["area unreadable"])
        #expect(words.problems.first?.message.contains("麻池镇") == true)
        let none = validation.review(ticket("5", area: nil))
        #expect(none.ticket.area == nil && problems(none) == ["area missing"])
    }

    /// An area already in the directory's form is taken by its bytes, without widening, trimming or upper-casing;
    /// with spaces around it goes the general way, which must read it, or refuse it, the same.
    @Test(arguments: ["JY-MC", "JY-ZZ", "JY--MC", "-JY", "JY-", "-"])
    func anAreaInTheDirectorysFormReadsAsItDoesWithSpacesAround(_ area: String) {
        let plain = validation.review(ticket("1", area: area)), padded = validation.review(ticket("1", area: " \(area) "))
        #expect(plain.ticket.area == padded.ticket.area)
        #expect(problems(plain) == problems(padded))
    }

    /// H1: a category that does not fit the type is left to the classifier; the ticket is not lost over it.
    @Test func aCategoryThatDoesNotFitTheTypeIsLeftToTheClassifier() {
        let review = validation.review(ticket("1", type: .report, category: .tariff, text: "举报邻居私接电线到养殖棚用电。"))
        #expect(review.refusals.isEmpty)
        #expect(review.ticket.category == nil)
        #expect(problems(review) == ["category mismatch"])
    }

    /// H1: every problem of a ticket is listed, in the order of the contract's fields, with personal data masked.
    @Test func everyDataProblemIsListedInFieldOrderWithPersonalDataMasked() {
        var bad = ticket("95598-1", category: .theft, account: "12", phone: "99887", area: "麻池", acceptedBy: Owner(unit: "st-machi", person: " "))
        bad.text = String(repeating: "电费", count: 1_001)
        let review = validation.review(bad)
        #expect(problems(review) == [
            "customer.phone unreadable", "customer.account unreadable", "area unreadable", "category mismatch",
            "text too-long", "acceptedBy.person missing",
        ])
        #expect(review.problems.allSatisfy { !$0.message.contains("99887") })
        #expect(review.ticket.customer.account == "12" && review.account == nil)
        #expect(review.ticket.acceptedBy == Owner(unit: "st-machi"))
    }
}
