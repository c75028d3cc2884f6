import TicketClassification
import Testing

/// The folding that makes the agent's typing habits irrelevant to matching.
@Suite struct TextNormalizerTests {
    @Test func fullWidthAndPunctuationAreNormalised() {
        #expect(TextNormalizer.normalize("客户来电：电压只有１８０Ｖ！！（晚上）") == "客户来电电压只有180v晚上")
        #expect(TextNormalizer.normalize("“抄错了”，  是吧? …… 【急】") == "抄错了是吧急")
    }

    @Test func whitespaceOfEveryKindIsDropped() {
        #expect(TextNormalizer.normalize("电\u{3000}压\t低\n 了\u{00A0}") == "电压低了")
    }

    @Test func asciiAndFullWidthLettersAreLowercased() {
        #expect(TextNormalizer.normalize("APP缴费ＡＰＰ") == "app缴费app")
    }

    @Test func digitsAndHanCharactersAreKept() {
        #expect(TextNormalizer.normalize("95598报修3回") == "95598报修3回")
    }
}
