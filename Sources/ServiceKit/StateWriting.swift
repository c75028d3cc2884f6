import Foundation

/// Writes a `HandCodedState` in `StateCoding`'s form: keyed containers (`object`) of named members, arrays, and
/// plain values, each as the `Codable` writer writes it (a date as its `Codable` double, an enum as its raw value).
/// An optional member is left out when nil, as `Codable`'s `encodeIfPresent` does.
///
/// Called from other modules, generic functions here run unspecialized, and an optional or a collection of a generic
/// type costs a look-up of its type's metadata on each call: optional members are written by the caller (`if let`,
/// or their raw value), and only arrays of values are generic.
package struct StateWriting {
    var out = StateBytes()
    /// The members written so far in the keyed container being written.
    private var members: UInt32 = 0

    package mutating func object(_ write: (inout StateWriting) -> Void) {
        let countAt = out.openContainer(.keyed)
        let outer = members
        members = 0
        write(&self)
        out.count(members, at: countAt)
        members = outer
    }

    /// Starts the member `name` of the keyed container being written; its value follows.
    package mutating func name(_ name: StaticString) {
        members += 1
        out.varint(UInt64(name.utf8CodeUnitCount))
        out.bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }

    package mutating func string(_ value: String) { out.string(value) }
    package mutating func integer(_ value: Int) { out.integer(Int64(value)) }
    package mutating func bool(_ value: Bool) { out.tag(value ? .true : .false) }
    package mutating func date(_ value: Date) { out.double(value.timeIntervalSinceReferenceDate) }
}

extension StateWriting {
    /// The member `name`, its value written by `write`.
    private mutating func member(_ name: StaticString, _ write: (inout StateWriting) -> Void) {
        self.name(name)
        write(&self)
    }

    package mutating func member(_ name: StaticString, _ value: String) { member(name) { $0.string(value) } }
    package mutating func member(_ name: StaticString, _ value: Int) { member(name) { $0.integer(value) } }
    package mutating func member(_ name: StaticString, _ value: Bool) { member(name) { $0.bool(value) } }
    package mutating func member(_ name: StaticString, _ value: Date) { member(name) { $0.date(value) } }

    package mutating func member(_ name: StaticString, _ value: some HandCodedValue) { member(name) { value.write(to: &$0) } }

    package mutating func member(_ name: StaticString, _ values: [some HandCodedValue]) {
        member(name) { state in
            state.out.count(UInt32(values.count), at: state.out.openContainer(.unkeyed))
            for value in values { value.write(to: &state) }
        }
    }

    /// Left out when nil; an enum as its raw value.
    package mutating func member(_ name: StaticString, _ value: String?) {
        if let value { member(name, value) }
    }

    /// Left out when nil.
    package mutating func member(_ name: StaticString, _ value: Date?) {
        if let value { member(name, value) }
    }
}
