import Foundation

/// JSON Pointer (RFC 6901) paths into a document, as violations report them: "" is the whole document.
enum JSONPointer {
    /// `pointer` extended by one object key or array index, `~` and `/` escaped.
    static func appending(_ token: String, to pointer: String) -> String {
        // Every member of every validated message passes here; almost no name needs escaping.
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else {
            return pointer + "/" + token
        }
        return pointer + "/" + token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    /// `pointer` extended by an array index.
    static func appending(_ index: Int, to pointer: String) -> String {
        pointer + "/" + String(index)
    }

    /// The pointer of a Codable coding path.
    static func from(codingPath: [any CodingKey]) -> String {
        codingPath.reduce("") { pointer, key in
            key.intValue.map { appending($0, to: pointer) } ?? appending(key.stringValue, to: pointer)
        }
    }
}
