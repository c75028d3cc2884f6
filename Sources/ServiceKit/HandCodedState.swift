import Foundation

/// A value of a `HandCodedState` that writes and reads itself in `StateCoding`'s form: the members its `Codable`
/// conformance writes, by the same names, in the same order, with the same values, so that either side reads what
/// the other wrote.
package protocol HandCodedValue {
    /// Writes the value as `StateCoding.encodeWithCodable` would, byte for byte.
    func write(to state: inout StateWriting)
    /// Reads a value laid out as `write(to:)` writes it; throws at anything else.
    init(reading state: inout StateReading) throws
}

/// A state that writes and reads `StateCoding`'s form itself. A large state is read and written whole on every
/// message about its ticket, and through `Codable` each of its values costs boxed containers, generic metadata and
/// reference counting; written by hand, the same bytes cost a small part of that. Its reader accepts only the layout
/// it writes; a state laid out otherwise (stored before a member was added, or as JSON) is read through `Codable`.
package protocol HandCodedState: HandCodedValue, Codable {}

extension HandCodedState {
    /// The state in `StateCoding`'s form.
    var stateData: Data {
        var writing = StateWriting()
        writing.out.bytes.append(StateCoding.marker)
        write(to: &writing)
        return Data(writing.out.bytes)
    }

    /// The state from `data` in `StateCoding`'s form, or nil when it is not laid out as this type writes it.
    package static func readByHand(from data: Data) -> Self? {
        var reading = StateReading(reader: StateReader(bytes: Array(data)), position: 1)
        guard let state = try? Self(reading: &reading), reading.isAtEnd else { return nil }
        return state
    }
}

/// A value that only wraps a list of values (a ticket's steps, its promises): written as a keyed container of that
/// one member, as its `Codable` conformance writes it.
package protocol HandCodedList: HandCodedValue {
    associatedtype Element: HandCodedValue
    /// The member's name.
    static var member: StaticString { get }
    var elements: [Element] { get }
    init(elements: [Element])
}

extension HandCodedList {
    package func write(to state: inout StateWriting) {
        state.object { state in state.member(Self.member, elements) }
    }

    package init(reading state: inout StateReading) throws {
        self.init(elements: try state.object { state in try state.array(Self.member) })
    }
}
