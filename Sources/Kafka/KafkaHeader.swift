import Foundation

/// A Kafka record header; CloudEvents' binary mode carries its attributes as `ce_*` headers.
public struct KafkaHeader: Hashable, Sendable {
    public var name: String
    /// `nil` is a header without a value, distinct from an empty one.
    public var value: Data?

    public init(name: String, value: Data?) {
        self.name = name
        self.value = value
    }

    /// A header with a UTF-8 text value.
    public init(name: String, text: String) {
        self.init(name: name, value: Data(utf8Of: text))
    }

    /// The value read as UTF-8, if it is.
    public var text: String? { value.flatMap { String(data: $0, encoding: .utf8) } }
}

extension Array where Element == KafkaHeader {
    /// The first header with this name.
    public subscript(name: String) -> KafkaHeader? { first { $0.name == name } }
}
