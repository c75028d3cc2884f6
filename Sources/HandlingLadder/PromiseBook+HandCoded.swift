import Contracts
import ServiceKit

// Written as the `Codable` conformances write them, for the callback service's hand-coded state.

extension PromiseBook: HandCodedList {
    package static let member: StaticString = "entries"
    package var elements: [Entry] { entries }
    package init(elements: [Entry]) { self.init(entries: elements) }
}

extension PromiseBook.Entry: HandCodedValue {
    package func write(to state: inout StateWriting) {
        state.object { state in
            state.member("promise", promise)
            state.member("unit", unit)
            state.member("tier", tier.rawValue)
            state.member("fate", fate.rawValue)
        }
    }

    package init(reading state: inout StateReading) throws {
        self = try state.object { state in
            PromiseBook.Entry(
                promise: try state.value("promise"), unit: try state.string("unit"), tier: try state.value("tier"),
                fate: try state.value("fate"))
        }
    }
}
