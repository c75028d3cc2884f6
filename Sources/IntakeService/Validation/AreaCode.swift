import CivilTime
import Contracts
import TicketClassification

/// A service-area code as agents key it, read the way the unit directory writes codes: capitals, digits and single
/// dashes (`JY-MC`). Case, full-width characters and surrounding spaces are forgiven (`jy-mc`, `ＪＹ－ＭＣ`), because
/// the hotline's form lets agents type them and the directory still knows the area.
enum AreaCode {
    /// The code in the directory's form, or nil when `raw` is not a code at all (`麻池`, `JY MC`).
    static func read(_ raw: String) -> String? {
        // Nearly every area arrives in the directory's form already, which no forgiving step changes: checked byte by
        // byte, it skips the widening, trimming and upper-casing, which were most of a ticket's review.
        let code = raw.utf8.allSatisfy(isCodeByte) ? raw : forgiven(raw)
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        let isCode = parts.allSatisfy { part in !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) } }
        return isCode ? code : nil
    }

    /// `raw` with full-width ASCII made half-width, surrounding whitespace trimmed and letters in capitals.
    private static func forgiven(_ raw: String) -> String {
        let halfWidth = raw.unicodeScalars.map { scalar in
            // Full-width ASCII (U+FF01–U+FF5E) to its half-width form.
            let value = scalar.value
            return value >= 0xFF01 && value <= 0xFF5E ? Unicode.Scalar(value - 0xFEE0)! : scalar
        }
        return String(String(scalars: halfWidth).trimmed).uppercased()
    }

    /// An ASCII capital, digit or dash: a byte the directory's form may hold.
    private static func isCodeByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || ASCIIDigits.contains(byte)
            || byte == UInt8(ascii: "-")
    }
}
