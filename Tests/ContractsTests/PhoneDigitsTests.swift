import Contracts
import Testing

/// The one reading of a typed phone number that the masking and the intake share (issue 16): digit groups in ASCII,
/// the country code and the extension cut off, words noticed.
struct PhoneDigitsTests {
    @Test func theCountryCodeAndTheExtensionAreCutOff() {
        #expect(PhoneDigits("+86-139-0472-0001").groups == ["139", "0472", "0001"])
        #expect(PhoneDigits("86 13904720001").subscriber == "13904720001")
        let landline = PhoneDigits("0086 0472-5123456-802")
        #expect(landline.groups == ["0472", "5123456"] && landline.extensionDigits == "802" && !landline.hasWords)
        #expect(PhoneDigits("(0472) 5123456 EXT.802").extensionDigits == "802")
        // A short group before a marked extension is cut too, so the number reads the same with the mark or without.
        #expect(PhoneDigits("0472-5123456-802转99").subscriber == "04725123456")
    }

    @Test func fullWidthDigitsAndSeparatorsAreRead() {
        #expect(PhoneDigits("（０４７２）５１２３４５６").groups == ["0472", "5123456"])
        #expect(!PhoneDigits("０４７２－５１２３４５６").hasWords)
    }

    /// Bare ASCII digits, most numbers, are read without the search for marks; spaces around send them the general
    /// way, which must read them the same, country codes included.
    @Test(arguments: ["13904720001", "8613904720001", "008604725123456", "04725123456", "5123456", "0086", "86", "7"])
    func bareDigitsReadAsTheyDoWithSpacesAround(_ raw: String) {
        #expect(PhoneDigits(raw) == PhoneDigits(" \(raw) "))
    }

    /// Words are noticed, for the intake to leave such a number unread; the masking reads the digits all the same.
    @Test func wordsAroundANumberAreNoticed() {
        #expect(PhoneDigits("电话13904720001").hasWords)
        #expect(PhoneDigits("0472-5123456转前台").hasWords)
        #expect(PhoneDigits("不详").groups.isEmpty)
        #expect(!PhoneDigits("0472 5123456转802").hasWords)
    }
}
