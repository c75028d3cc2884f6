import Contracts
import Foundation
import Testing

/// The Swift validator gives the verdicts Python's jsonschema gives (see `ReferenceVerdict`).
@Suite struct ReferenceVerdictTests {
    @Test(arguments: ReferenceVerdict.all)
    func agreesWithTheReferenceImplementation(verdict: ReferenceVerdict) throws {
        let found = try violations(verdict.type, try json(verdict.document))
        #expect(found.map { "\($0.path) \($0.keyword)" }.sorted() == verdict.expected, "\(found)")
    }
}
