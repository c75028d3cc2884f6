import Contracts

/// A service-area code as agents key it, read the way the unit directory writes codes: capitals, digits and single
/// dashes (`JY-MC`). Case, full-width characters and surrounding spaces are forgiven (`jy-mc`, `ＪＹ－ＭＣ`), because
/// the hotline's form lets agents type them and the directory still knows the area.
enum AreaCode {
    /// The code in the directory's form, or nil when `raw` is not a code at all (`麻池`, `JY MC`).
    static func read(_ raw: String) -> String? {
        var scalars = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars {
            // Full-width ASCII (U+FF01–U+FF5E) to its half-width form.
            let value = scalar.value
            scalars.append(value >= 0xFF01 && value <= 0xFF5E ? Unicode.Scalar(value - 0xFEE0)! : scalar)
        }
        let code = String(String(scalars).trimmedCharacters).uppercased()
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        let isCode = parts.allSatisfy { part in !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) } }
        return isCode ? code : nil
    }
}

