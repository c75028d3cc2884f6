/// Folds text to the form the classifier matches on, so that the way an agent happens to type a sentence (full-width
/// letters, spaces, Chinese or ASCII punctuation, capitals, traditional characters) never decides whether a phrase is
/// found.
///
/// This is the one place text is folded: the classifier's phrases and the ticket's text, the intake's risk words,
/// the agents' stock phrases and the cues its repeat-demand rules look for all go through the same normaliser, so a
/// phrase written as "１１０Ｖ", "电压 低" or "電壓低" in a data file still matches "110v" and "电压低" in a ticket.
///
/// Rules, per Unicode scalar:
/// - full-width ASCII (U+FF01–U+FF5E) becomes its half-width form, and the ideographic space U+3000 a space;
/// - letters are lowercased;
/// - whitespace, control characters, punctuation and symbols (Chinese and ASCII alike: "，。！？、；：“”（）【】…～")
///   are dropped;
/// - everything else (Han characters, letters, digits) is kept.
///
/// Then traditional characters are folded to simplified with `script` (OpenCC's tables, phrases first, longest
/// match; `ScriptFolding`). The intake loads the tables at start; `plain` has none.
public struct TextNormalizer: Sendable {
    /// Traditional to simplified; `.none` leaves characters as they are.
    public let script: ScriptFolding

    public init(script: ScriptFolding = .none) {
        self.script = script
    }

    /// Width, case and punctuation only, without a conversion table: for simplified text and for tests.
    public static let plain = TextNormalizer()

    /// The folded scalars of `text`.
    public func scalars(_ text: String) -> [Unicode.Scalar] {
        script.fold(Self.foldingEachScalar(text))
    }

    /// `text` after the per-scalar rules, before the conversion table: what the tables' own spellings go through.
    static func foldingEachScalar(_ text: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(text.utf8.count / 2)
        for scalar in text.unicodeScalars {
            if let kept = fold(scalar) { result.append(kept) }
        }
        return result
    }

    /// The folded text, as a string: what the classifier actually sees. Useful in error messages and tests.
    public func normalize(_ text: String) -> String {
        String(scalars: scalars(text))
    }

    /// `plain.scalars(text)`.
    public static func scalars(_ text: String) -> [Unicode.Scalar] { plain.scalars(text) }

    /// `plain.normalize(text)`.
    public static func normalize(_ text: String) -> String { plain.normalize(text) }

    /// One scalar folded, or nil when it is dropped.
    @inline(__always)
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        // The common case first: CJK Unified Ideographs are kept as they are, without a property lookup.
        if value >= 0x4E00 && value <= 0x9FFF { return scalar }
        if value < 0x80 {
            switch value {
            case 0x30...0x39, 0x61...0x7A: return scalar
            case 0x41...0x5A: return Unicode.Scalar(UInt8(value + 0x20))
            default: return nil  // ASCII whitespace, control characters, punctuation and symbols
            }
        }
        if value >= 0xFF01 && value <= 0xFF5E, let halfWidth = Unicode.Scalar(value - 0xFEE0) {
            return fold(halfWidth)
        }
        let properties = scalar.properties
        if properties.isWhitespace { return nil }
        switch properties.generalCategory {
        case .control, .format,
             .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol,
             .spaceSeparator, .lineSeparator, .paragraphSeparator:
            return nil
        default:
            break
        }
        if properties.changesWhenLowercased {
            let lower = properties.lowercaseMapping.unicodeScalars
            if lower.count == 1, let single = lower.first { return single }
        }
        return scalar
    }
}
