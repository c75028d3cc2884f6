import Contracts
import Foundation
import GRDB
@testable import IntakeService
import ServiceStore
import Testing
import TicketClassification

/// The register's queries against a real SQLite file: whose tickets are one customer's history (R2), the moments a
/// ticket's progress changed (R3a, R3c), and which tickets a hot issue counts (R6).
struct TicketRegisterTests {
    private let database: ServiceDatabase
    private let directory = FileManager.default.temporaryDirectory.appendingPathComponent("intake-register-\(UUID().uuidString)")

    init() throws {
        database = try ServiceDatabase(
            path: directory.appendingPathComponent("intake.sqlite").path,
            migrations: IntakeService.definition(configuration: shippedConfiguration).migrations)
    }

    private func register(
        _ number: String, account: String?, phone: String?, category: Category? = .wrongReading, grounded: Bool = true,
        at: String = "2026-03-02T09:00:00+08:00", in db: Database
    ) throws {
        try TicketRegister.insert(.init(
            ticketNo: number, contentHash: 1, account: account.flatMap(AccountNumber.init),
            phone: phone.flatMap(PhoneNumber.init), type: .complaint, category: category, area: "JY-MC",
            receivedAt: beijing(at), registeredAt: beijing(at), words: EventWords(stored: "电费翻倍抄错表"), mergedInto: nil,
            channel: .hotline95598, countsForRepeats: true, categoryGrounded: grounded), in: db)
    }

    /// R2: a landlord's phone with two tenants' accounts: the phone alone is not one customer when both tickets carry
    /// accounts and they differ; it is when either has none.
    @Test func aSharedPhoneWithDifferentAccountsIsNotTheSameCustomer() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let since = beijing("2026-03-01T00:00:00+08:00")
        let (withAccount, withoutAccount) = try database.write { db in
            try register("T-X", account: "0472-100001", phone: "13904720001", in: db)
            try register("T-Y", account: "0472-100002", phone: "13904720001", in: db)
            try register("T-NONE", account: nil, phone: "13904720001", in: db)
            return (try TicketRegister.history(account: AccountNumber("0472-100001"), phone: PhoneNumber("13904720001"), since: since, in: db),
                    try TicketRegister.history(account: nil, phone: PhoneNumber("13904720001"), since: since, in: db))
        }
        #expect(withAccount.map { "\($0.ticketNo) \($0.sameCustomer.rawValue)" } == ["T-X account", "T-NONE phone"])
        #expect(Set(withoutAccount.map(\.ticketNo)) == ["T-X", "T-Y", "T-NONE"])
        #expect(withoutAccount.allSatisfy { $0.sameCustomer == .phone })
    }

    /// R3a, R3c: the earliest moment reported stands, whatever order the reports arrive in, and a close without an
    /// upheld appeal does not undo a malicious finding reported before it.
    @Test func progressKeepsItsEarliestMomentAndIsNeverUndone() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let history = try database.write { db in
            try register("T-1", account: "0472-100001", phone: nil, in: db)
            try TicketRegister.mark("T-1", .overdue, at: beijing("2026-03-03T15:00:00+08:00"), in: db)
            try TicketRegister.mark("T-1", .overdue, at: beijing("2026-03-03T09:00:00+08:00"), in: db)
            try TicketRegister.mark("T-1", .malicious, at: beijing("2026-03-06T10:00:00+08:00"), in: db)
            try TicketRegister.mark("T-1", .finished, at: beijing("2026-03-05T16:00:00+08:00"), in: db)
            try TicketRegister.mark("T-1", .overdue, at: beijing("2026-03-04T09:00:00+08:00"), in: db)
            return try TicketRegister.history(account: AccountNumber("0472-100001"), phone: nil, since: beijing("2026-03-01T00:00:00+08:00"), in: db)
        }
        let ticket = try #require(history.first)
        #expect(ticket.overdueSince == beijing("2026-03-03T09:00:00+08:00"))
        #expect(ticket.finishedAt == beijing("2026-03-05T16:00:00+08:00"))
        #expect(ticket.maliciousSince == beijing("2026-03-06T10:00:00+08:00"))
    }

    /// R6: the model's fallback category (no phrase matched) is not counted towards a hot issue.
    @Test func theHotIssueCountLeavesOutTheModelsFallback() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let count = try database.write { db in
            for number in 1...3 { try register("G-\(number)", account: nil, phone: "1390472000\(number)", in: db) }
            for number in 1...4 {
                try register("F-\(number)", account: nil, phone: "1380472000\(number)", grounded: false, in: db)
            }
            return try TicketRegister.count(
                area: "JY-MC", category: .wrongReading, since: beijing("2026-03-01T00:00:00+08:00"), upTo: 10, in: db)
        }
        #expect(count == 3)
    }
}
