/// Reading fixed-width numbers out of UTF-8 bytes: the date formats here allow ASCII digits only, never the other
/// Unicode digits `Int(String)` would also take.
package enum ASCIIDigits {
    /// Whether `byte` is `0`…`9`.
    package static func contains(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// The value of a run of ASCII digits; nil if any byte is not a digit.
    static func value(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
