import Foundation
import TicketClassification
import Testing

/// Traditional characters folded to simplified with OpenCC's tables, phrases first and the longest match winning,
/// so a ticket written in them (seed 004 itself is) is read like one written in simplified characters.
@Suite struct ScriptFoldingTests {
    private func folded(_ text: String, with folding: ScriptFolding) -> String {
        TextNormalizer(script: folding).normalize(text)
    }

    @Test func theLongestEntryWinsSoAPhraseOutweighsItsCharacters() {
        let folding = ScriptFolding(entries: [("乾坤", "乾坤"), ("乾", "干"), ("記者", "记者"), ("記", "记")])
        #expect(folded("乾坤未定，衣服還沒乾", with: folding) == "乾坤未定衣服還沒干")
        #expect(folded("記者記下了", with: folding) == "记者记下了")
    }

    @Test func ofTwoEntriesForOneSpellingTheFirstStands() {
        #expect(folded("乾", with: ScriptFolding(entries: [("乾", "乾"), ("乾", "干")])) == "乾")
    }

    @Test func theShippedTablesFoldTheRiskWordsAndTheSeedsOwnWords() {
        let normalizer = Repository.intakeNormalizer
        #expect(normalizer.normalize("再不來修我就找記者曝光，還要去信訪，找律師起訴你們！")
            == "再不来修我就找记者曝光还要去信访找律师起诉你们")
        // Seed 004, R2: counted over all business except fault repair, praise and consultations solved at once.
        #expect(normalizer.normalize("除故障報修、表揚和一次辦結諮詢以外的業務") == "除故障报修表扬和一次办结咨询以外的业务")
        // A phrase decides where characters alone would not: 乾隆 keeps 乾, 乾淨 folds it.
        #expect(normalizer.normalize("乾隆年間的電錶箱擦乾淨了") == "乾隆年间的电表箱擦干净了")
    }

    /// The tables' entries are traditional spellings: the development and held-out sets, written in simplified
    /// characters, pass through unchanged.
    @Test func simplifiedTextPassesUnchanged() throws {
        let examples = try LabelledExample.load(from: Repository.corpus) + LabelledExample.load(from: Repository.heldOut)
        for example in examples {
            #expect(Repository.intakeNormalizer.normalize(example.text) == TextNormalizer.normalize(example.text))
        }
    }

    /// The folding is OpenCC's: each sentence the simplified-to-traditional tables converted comes back exactly.
    @Test func theTraditionalHeldOutSetFoldsBackToTheSimplifiedOne() throws {
        let simplified = try LabelledExample.load(from: Repository.heldOut)
        let traditional = try LabelledExample.load(from: Repository.heldOutTraditional)
        try #require(traditional.count == simplified.count)
        for (original, converted) in zip(simplified, traditional) {
            #expect(converted.text != original.text, "not converted: \(converted.text)")
            #expect(Repository.intakeNormalizer.normalize(converted.text) == TextNormalizer.normalize(original.text))
        }
    }

    @Test func aBrokenOrEmptyTableIsRefusedWithEveryProblem() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "opencc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("記\t记\n無製表符\n\t空\n".utf8).write(to: directory.appending(path: ScriptFolding.traditionalPhrasesFile))
        try Data().write(to: directory.appending(path: ScriptFolding.traditionalCharactersFile))
        #expect { _ = try ScriptFolding.traditionalToSimplified(in: directory) } throws: { error in
            (error as? ScriptFoldingError)?.problems.map { "\(($0.file as NSString).lastPathComponent) \($0.line ?? 0)" }
                == ["TSPhrases.txt 2", "TSPhrases.txt 3", "TSCharacters.txt 0"]
        }
    }
}
