import Foundation

extension Data {
    /// The UTF-8 bytes of `text`, copied in one go. `Data(text.utf8)` takes the generic sequence path, whose
    /// dynamic casts cost more than the copy; keys and header values are made this way for every message sent.
    public init(utf8Of text: String) {
        var text = text
        self = text.withUTF8 { Data($0) }
    }
}
