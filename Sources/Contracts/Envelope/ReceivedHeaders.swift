import Foundation

/// A consumed message's headers, read one name at a time with the contract's rules: exactly one value, UTF-8 text.
struct ReceivedHeaders {
    private var values: [String: [Data?]] = [:]

    init(_ headers: [(name: String, value: Data?)]) {
        for header in headers { values[header.name, default: []].append(header.value) }
    }

    /// The header's text; nil when absent. A null value counts as absent; two values, or bytes that are not UTF-8,
    /// are refused, because an ambiguous `ce_id` would break deduplication.
    func text(_ name: String) throws(EnvelopeError) -> String? {
        guard let found = values[name] else { return nil }
        let texts = found.compactMap { $0.map { String(decoding: $0, as: UTF8.self) } }
        guard found.count == 1 else {
            throw .invalidHeader(name: name, value: texts.joined(separator: ", "), expected: "a single value")
        }
        guard let data = found[0] else { return nil }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .invalidHeader(name: name, value: texts[0], expected: "UTF-8 text")
        }
        return text
    }

    /// The header's text; throws when absent.
    func required(_ name: String) throws(EnvelopeError) -> String {
        guard let text = try text(name) else { throw .missingHeader(name: name) }
        return text
    }

    /// The header's text, which must not be empty.
    func requiredNonEmpty(_ name: String, expected: String) throws(EnvelopeError) -> String {
        let text = try required(name)
        guard !text.isEmpty else { throw .invalidHeader(name: name, value: text, expected: expected) }
        return text
    }
}
