import Contracts
import Foundation
import Testing

/// `complaint.closed`, `callback.recorded` and `complaint.assigned` build their JSON trees by hand (`HandEncodedPayload`): the tree their
/// `Encodable` conformances give, member for member, so the bytes published are the same, and still checked against
/// the schema.
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

    @Test func theRecordedOutcomesTreeIsTheOneItsEncodableConformanceBuilds() throws {
        let recorded = samples(for: .callbackRecorded).compactMap { $0 as? CallbackRecorded }
            + [try ContractJSON.decode(CallbackRecorded.self, from: exampleData(.callbackRecorded))]
        var withoutNote = try #require(recorded.first)
        withoutNote.note = nil
        for outcome in recorded + [withoutNote] {
            #expect(outcome.jsonTree == (try ContractJSON.encodeTreeWithCodable(outcome)), "\(outcome)")
            #expect(try catalogue().schema(for: .callbackRecorded).violations(of: outcome.jsonTree).isEmpty)
        }
    }

    @Test func theAssignmentsTreeIsTheOneItsEncodableConformanceBuilds() throws {
        let assignments = samples(for: .complaintAssigned).compactMap { $0 as? ComplaintAssigned }
            + [try ContractJSON.decode(ComplaintAssigned.self, from: exampleData(.complaintAssigned))]
        var bare = try #require(assignments.first)
        (bare.assignee, bare.previousUnit, bare.note, bare.owner.person) = (nil, nil, nil, nil)
        #expect(assignments.contains { $0.assignee == nil } && assignments.contains { $0.assignee != nil })
        for assignment in assignments + [bare] {
            #expect(assignment.jsonTree == (try ContractJSON.encodeTreeWithCodable(assignment)), "\(assignment)")
            #expect(try catalogue().schema(for: .complaintAssigned).violations(of: assignment.jsonTree).isEmpty)
        }
    }
}
