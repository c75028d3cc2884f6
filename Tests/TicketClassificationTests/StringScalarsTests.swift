import TicketClassification
import Testing

/// `String(scalars:)` writes a normalised text's scalars as UTF-8 directly; it must give the string the scalars
/// make, for every width of UTF-8 (1 to 4 bytes).
@Suite struct StringScalarsTests {
    @Test(arguments: ["", "app95598", "电费翻倍抄错表", "é ñ ß", "𠀋𡈽 and 😀", "混合 mixed ａｂｃ"])
    func theTextIsTheOneItsScalarsMake(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        let made = String(scalars: scalars)
        #expect(made == text)
        #expect(Array(made.unicodeScalars) == scalars)
        #expect(made.utf8.count == text.utf8.count)
    }
}
