import ArgumentParser
import Contracts
import Foundation
import ServiceStore

/// `complaints deadlines`: what a service's deadline store holds, and putting parked deadlines back to fire.
///
/// It opens the service's SQLite file directly, beside the running service (WAL lets both work; a write waits out
/// the service's transaction).
struct DeadlinesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadlines", abstract: "List a service's deadlines, or retry the parked ones.",
        subcommands: [List.self, Retry.self])

    struct Store: ParsableArguments {
        @Option(help: "The service's SQLite file (its COMPLAINTS_DATABASE).") var database: String

        func open() throws -> ServiceDatabase {
            guard FileManager.default.fileExists(atPath: database) else {
                throw ValidationError("\(database) does not exist: pass the service's COMPLAINTS_DATABASE file")
            }
            return try ServiceDatabase(path: database, migrations: .none)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the parked deadlines (or, with --ticket, every deadline of one ticket), one JSON line each.")

        @OptionGroup var store: Store
        @Option(help: "Only this ticket's deadlines, parked or not.") var ticket: String?

        func run() throws {
            let database = try store.open()
            let deadlines = try database.read { [ticket] db in
                try ticket.map { try DeadlineStore.all(subject: $0, in: db) } ?? DeadlineStore.parked(in: db)
            }
            let counts = try database.read { db in try DeadlineStore.counts(in: db) }
            for deadline in deadlines { print(Self.line(deadline)) }
            FileHandle.standardError.write(Data("\(counts.pending) pending, \(counts.parked) parked\n".utf8))
        }

        static func line(_ deadline: Deadline) -> String {
            var fields: [(String, String?)] = [
                ("ticket", deadline.key.subject), ("step", deadline.key.step), ("due", Timestamp.format(deadline.dueAt)),
                ("attempts", String(deadline.attempts)), ("next", deadline.nextAttemptAt.map(Timestamp.format)),
                ("parked", deadline.parkedAt.map(Timestamp.format)), ("error", deadline.lastError),
            ]
            fields.removeAll { $0.1 == nil }
            let object = Dictionary(uniqueKeysWithValues: fields.map { ($0.0, $0.1 ?? "") })
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
            return String(decoding: data ?? Data(), as: UTF8.self)
        }
    }

    struct Retry: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Put parked deadlines back to fire at once: one (--ticket and --step) or all (--all).")

        @OptionGroup var store: Store
        @Option(help: "The ticket of the deadline to retry.") var ticket: String?
        @Option(help: "The step of the deadline to retry.") var step: String?
        @Flag(help: "Retry every parked deadline.") var all = false

        func validate() throws {
            guard all != (ticket != nil && step != nil) else {
                throw ValidationError("name one deadline with --ticket and --step, or pass --all")
            }
        }

        func run() throws {
            let keys = all ? nil : [DeadlineKey(subject: ticket ?? "", step: step ?? "")]
            let count = try store.open().write { db in try DeadlineStore.retryParked(keys, in: db) }
            print("\(count) parked deadline(s) will fire at once")
        }
    }
}
