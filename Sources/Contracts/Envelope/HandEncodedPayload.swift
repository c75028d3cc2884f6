import Foundation

/// A payload that builds its own JSON tree: the tree `JSONTreeEncoder` builds from its `Encodable` conformance, member
/// for member, without `Encodable`'s boxed containers and generic calls for each of its values. Worth it for a large
/// payload published often (`complaint.closed`, a ticket's whole story); the tree is still validated against the
/// schema before it is written.
package protocol HandEncodedPayload: EventPayload {
    /// The payload as `ContractJSON.encodeTreeWithCodable` would build it.
    var jsonTree: JSONValue { get }
}

extension JSONValue {
    /// A date as the contract writes it (`Timestamp`).
    static func date(_ date: Date) -> JSONValue { .string(Timestamp.format(date)) }

    static func integer(_ value: Int) -> JSONValue { .number(Double(value)) }

    /// An enum as its raw value.
    static func value<Value: RawRepresentable>(_ value: Value) -> JSONValue where Value.RawValue == String {
        .string(value.rawValue)
    }
}
