import Contracts
import Foundation
import TestFixtures
import Testing

/// The repository's catalogue, loaded (and its schemas compiled) once for all tests; a load failure fails each test
/// that needs it instead of stopping the run.
private let loadedCatalogue = Result { () throws(CatalogueError) -> TopicCatalogue in
    try TopicCatalogue.load(directory: RepositoryFiles.topics)
}

/// The repository's catalogue.
func catalogue() throws -> TopicCatalogue {
    try loadedCatalogue.get()
}

/// The bytes of `topics/examples/<type>.json`.
func exampleData(_ type: MessageType) throws -> Data {
    try Data(contentsOf: RepositoryFiles.topics.appendingPathComponent("examples/\(type.rawValue).json"))
}

/// `text` as JSON, for the validator.
func json(_ text: String) throws -> JSONValue {
    try JSONValue(parsing: Data(text.utf8))
}

/// The violations of `type`'s schema by `document`.
func violations(_ type: MessageType, _ document: JSONValue) throws -> [SchemaViolation] {
    try catalogue().schema(for: type).violations(of: document)
}

/// The example of `type` with `change` applied, as a JSON value.
func example(_ type: MessageType, _ change: (inout [String: Any]) -> Void = { _ in }) throws -> JSONValue {
    var object = try #require(try JSONSerialization.jsonObject(with: exampleData(type)) as? [String: Any])
    change(&object)
    return try JSONValue(parsing: JSONSerialization.data(withJSONObject: object))
}

/// Decodes `data` as `payloadType`, re-encodes it, and returns both decodings and the bytes in between.
func roundTrip<P: EventPayload>(_ payloadType: P.Type, _ data: Data) throws -> (first: P, bytes: Data, second: P) {
    let first = try ContractJSON.decode(P.self, from: data)
    let bytes = try ContractJSON.encode(first)
    return (first, bytes, try ContractJSON.decode(P.self, from: bytes))
}
