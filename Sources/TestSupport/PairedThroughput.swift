import BusinessTime
import Contracts
import Foundation
import Kafka
import Logging
import ServiceKit
import ServiceStore

/// A service's throughput against an anchor's (the pass-through runtime's) in one process, each run with
/// `ServiceThroughput` on its own store and cluster. The two alternate, and which goes first alternates from run to
/// run, so a machine that slows down during the call favours neither. `routing-bench` and `escalation-bench` use it.
public struct PairedThroughput {
    /// One side of the comparison: a service, the messages it consumes in a run, and how a run's store is made.
    public struct Side {
        public var definition: ServiceDefinition
        /// The run's store at the path given: a fresh one, or a copy of a seeded one.
        public var database: (String) throws -> ServiceDatabase
        /// Messages per run, each made by `message` from its index as the run puts it on the broker.
        public var count: Int
        public var message: (Int) throws -> ProducerMessage

        /// A side whose runs start from an empty store unless `database` makes one.
        public init(
            _ definition: ServiceDefinition, database: ((String) throws -> ServiceDatabase)? = nil, count: Int,
            message: @escaping (Int) throws -> ProducerMessage
        ) {
            self.definition = definition
            self.database = database ?? { path in try ServiceDatabase(path: path, migrations: definition.migrations) }
            self.count = count
            self.message = message
        }
    }

    /// Each side's rates, run by run (messages applied per second).
    public struct Rates {
        public var measured: [Double] = []
        public var anchor: [Double] = []

        /// Median against median.
        public var ratio: Double { median(measured) / median(anchor) }
        /// The median of each run's ratio to the anchor's run beside it.
        public var pairedRatio: Double { median(zip(measured, anchor).map { $0 / $1 }) }
    }

    public var catalogue: TopicCatalogue
    public var calendar: BusinessCalendar?
    /// Where both services' virtual clocks stand, still, for the whole run.
    public var start: Date
    public var batch: Int
    public var logger: Logger

    public init(catalogue: TopicCatalogue, calendar: BusinessCalendar?, start: Date, batch: Int, logger: Logger) {
        self.catalogue = catalogue
        self.calendar = calendar
        self.start = start
        self.batch = batch
        self.logger = logger
    }

    /// Runs `measured` and `anchor` `runs` times each with their stores in `scratch`, printing each run's rate and
    /// batch latencies; without an anchor (under a profiler), only `measured`.
    public func run(_ measured: Side, against anchor: Side?, runs: Int, in scratch: URL) async throws -> Rates {
        var rates = Rates()
        for run in 1...runs {
            let sides = [(measured, true)] + (anchor.map { [($0, false)] } ?? [])
            for (side, isMeasured) in run % 2 == 1 ? sides : sides.reversed() {
                let path = scratch.appendingPathComponent("run-\(run)-\(side.definition.name).sqlite").path
                let result = try await ServiceThroughput(
                    definition: side.definition, database: side.database(path), catalogue: catalogue,
                    clock: VirtualClock(start: start), calendar: calendar, batch: batch, logger: logger
                ).measure(count: side.count, message: side.message)
                if isMeasured { rates.measured.append(result.rate) } else { rates.anchor.append(result.rate) }
                print(String(format: "run %d  %-12@ %8.0f events/s  batch p50 %6.1f ms  p99 %6.1f ms  CPU %6.1f µs/event",
                             run, side.definition.name, result.rate, result.p50, result.p99, result.cpuPerMessage))
                // Each run's store goes once measured: a seeded copy is as large as the seed. The heap the run freed
                // goes back too, so that the next run's peak is its own.
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
                PeakMemory.trim()
            }
        }
        return rates
    }
}
