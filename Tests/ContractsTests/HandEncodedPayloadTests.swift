import Contracts
import Foundation
import Testing

/// `complaint.closed` builds its JSON tree by hand (`HandEncodedPayload`): the tree its `Encodable` conformance
/// gives, member for member, so the bytes published are the same, and still checked against the schema.
@Suite struct HandEncodedPayloadTests {
    /// The samples (one with every optional member filled in, null and left out where they may be) and the example.
    static func closedRecords() throws -> [ComplaintClosed] {
        samples(for: .complaintClosed).compactMap { $0 as? ComplaintClosed }
            + [try ContractJSON.decode(ComplaintClosed.self, from: exampleData(.complaintClosed))]
    }

    @Test func theClosedRecordsTreeIsTheOneItsEncodableConformanceBuilds() throws {
        let records = try Self.closedRecords()
        #expect(records.count == 3)
        for closed in records {
            let tree = try ContractJSON.encodeTreeWithCodable(closed)
            #expect(closed.jsonTree == tree, "\(closed.ticketNo)")
            #expect(try catalogue().schema(for: .complaintClosed).violations(of: closed.jsonTree).isEmpty)
        }
    }
}
