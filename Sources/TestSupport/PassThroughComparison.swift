import BusinessTime
import Contracts
import Foundation
import Kafka
import Logging
import ServiceKit
import ServiceStore

/// A service's rate against the pass-through service's in the same call, on as many hotline tickets: the two
/// alternate, and which goes first alternates from run to run, so a machine that slows down during the call favours
/// neither. The figure is the ratio of the medians, beside the median of the paired runs' ratios. The routing and
/// callback benchmarks are built on it.
public struct PassThroughComparison {
    /// The service measured against the pass-through service.
    public struct Contender {
        public var definition: ServiceDefinition
        /// What it consumes in a run, put on the broker before it starts.
        public var input: [ProducerMessage]
        /// What it applies per second, for the summary (`assignments/s`).
        public var unit: String
        /// Makes a run's database at this path: a fresh one, or a copy of seeded history.
        public var database: (String) throws -> ServiceDatabase

        /// With no `database`, every run starts from a fresh, migrated store.
        public init(
            definition: ServiceDefinition, input: [ProducerMessage], unit: String,
            database: ((String) throws -> ServiceDatabase)? = nil
        ) {
            self.definition = definition
            self.input = input
            self.unit = unit
            self.database = database ?? { path in try ServiceDatabase(path: path, migrations: definition.migrations) }
        }
    }

    public var catalogue: TopicCatalogue
    public var calendar: BusinessCalendar
    /// Where every run's virtual clock stands, for both services.
    public var clockStart: Date
    public var batch: Int
    public var logger: Logger

    public init(catalogue: TopicCatalogue, calendar: BusinessCalendar, clockStart: Date, batch: Int, logger: Logger) {
        self.catalogue = catalogue
        self.calendar = calendar
        self.clockStart = clockStart
        self.batch = batch
        self.logger = logger
    }

    /// Runs `contender` and the pass-through service `runs` times each, printing every run, then the medians and the
    /// ratio; `alone` runs the contender only (for a profiler) and prints no ratio. Runs' files go in `scratch`.
    public func run(_ contender: Contender, runs: Int, alone: Bool = false, scratch: URL) async throws {
        let passThrough = PassThroughService.definition()
        let codec = ContractCodec(catalogue: catalogue)
        let hotline = try (0..<(alone ? 0 : contender.input.count)).map { number in
            try InboundTickets.message(InboundTickets.ticket(number), eventID: "hotline-\(number)", codec: codec)
        }
        let service = (contender.definition, contender.input, contender.database)
        let anchor = (passThrough, hotline, { path in try ServiceDatabase(path: path, migrations: passThrough.migrations) })
        var rates: [String: [Double]] = [:]
        for run in 1...runs {
            for (definition, input, database) in alone ? [service] : run % 2 == 1 ? [service, anchor] : [anchor, service] {
                let path = scratch.appendingPathComponent("run-\(run)-\(definition.name).sqlite").path
                let result = try await ServiceThroughput(
                    definition: definition, database: database(path), catalogue: catalogue,
                    clock: VirtualClock(start: clockStart), calendar: calendar, batch: batch, logger: logger
                ).measure(input: input)
                rates[definition.name, default: []].append(result.rate)
                print(String(format: "run %d  %-11@ %8.0f events/s  batch p50 %6.1f ms  p99 %6.1f ms",
                             run, definition.name, result.rate, result.p50, result.p99))
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
        }
        let name = contender.definition.name
        let (measured, anchored) = (rates[name] ?? [0], rates[passThrough.name] ?? [1])
        guard !alone else { return print(String(format: "median \(name) %8.0f \(contender.unit)", median(measured))) }
        print(String(format: "median \(name) %8.0f \(contender.unit), pass-through %8.0f events/s",
                     median(measured), median(anchored)))
        print(String(format: "\(name) / pass-through %.2f (median of paired runs %.2f)",
                     median(measured) / median(anchored), median(zip(measured, anchored).map { $0 / $1 })))
    }
}
