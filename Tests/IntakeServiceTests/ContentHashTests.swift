import Contracts
import Foundation
@testable import IntakeService
import Testing

/// A resend of the same ticket is recognised by its content hash, and any change of content is a conflict: each
/// ticket is recorded once (H1).
struct ContentHashTests {
    @Test func theSameTicketHashesTheSame() {
        #expect(ContentHash.of(ticket("95598-1")) == ContentHash.of(ticket("95598-1")))
    }

    @Test func everyFieldOfTheTicketChangesTheHash() {
        let original = ticket("95598-1", acceptedBy: Owner(unit: "st-machi", person: "抄表员 李强"))
        let changes: [(String, (inout TicketSubmitted) -> Void)] = [
            ("ticketNo", { $0.ticketNo = "95598-2" }),
            ("channel", { $0.channel = .regulator12398 }),
            ("type", { $0.type = .opinion }),
            ("category", { $0.category = nil }),
            ("account", { $0.customer.account = nil }),
            ("name", { $0.customer.name = "王先生" }),
            ("phone", { $0.customer.phone = "13904720002" }),
            ("address", { $0.customer.address = nil }),
            ("named", { $0.customer.named = false }),
            ("area", { $0.area = "JY-SH" }),
            ("text", { $0.text += "。" }),
            ("receivedAt", { $0.receivedAt += 0.001 }),
            ("acceptedBy.unit", { $0.acceptedBy?.unit = "st-saihan" }),
            ("acceptedBy.person", { $0.acceptedBy?.person = nil }),
            ("solvedAtOnce", { $0.solvedAtOnce = false }),
        ]
        var hashes: Set<Int64> = [ContentHash.of(original)]
        for (field, change) in changes {
            var changed = original
            change(&changed)
            #expect(hashes.insert(ContentHash.of(changed)).inserted, "changing \(field) left the hash as it was")
        }
        // Every stored field is covered: a field added to the contract must be added to the hash and to this test.
        #expect(Mirror(reflecting: original).children.count + Mirror(reflecting: original.customer).children.count
            + Mirror(reflecting: original.acceptedBy!).children.count - 2 == changes.count)
    }
}
