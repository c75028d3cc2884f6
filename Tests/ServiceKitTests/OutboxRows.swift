import Foundation
import ServiceStore

/// Writes one `complaint.registered` row per index, keyed `95598-<index>`, in index order.
func appendEvents(_ indexes: ClosedRange<Int>, to database: ServiceDatabase, at now: Date) throws {
    try database.write { db in
        for index in indexes {
            try Outbox.append(OutboxEntry(
                eventID: "intake:ce-\(index):1", topic: "complaints.registered", key: "95598-\(index)",
                type: "complaint.registered", headers: [.init(name: "ce_id", value: "intake:ce-\(index):1")],
                value: Data("{\"n\":\(index)}".utf8), createdAt: now), in: db)
        }
    }
}
