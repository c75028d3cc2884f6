import ArgumentParser
import Foundation
import Kafka
import KafkaBaseline
import Logging
import TestSupport

/// Produce and consume throughput through our wrapper and through librdkafka's C API directly, on the embedded
/// (mock) cluster, alternating the two so that machine noise hits both alike; reports medians and their ratio.
@main
struct KafkaBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kafka-bench", abstract: "Wrapper vs direct librdkafka throughput on the mock cluster.")

    @Option(help: "Messages per run.") var messages = 1_000_000
    @Option(help: "Payload bytes per message.") var size = 200
    @Option(help: "Runs of each side (medians are reported).") var runs = 5
    @Option(help: "Messages per wrapper send() call.") var batch = 50_000
    // 8 × 50,000 keeps up to 400,000 messages queued, as the C side keeps its 500,000-message queue full.
    @Option(help: "Wrapper send() calls in flight at once.") var inFlight = 8
    @Option(help: "Messages per wrapper poll() call.") var pollBatch = 10_000
    @Option(help: "Partitions of the benchmark topic (the mock keeps ~5 MB per partition).") var partitions = 64
    // Both sides get the same read-ahead; with librdkafka's defaults a consumer that works between polls stalls
    // after every burst (see ConsumerConfiguration.Prefetch), which measures the stall, not the wrapper.
    @Option(help: "Messages librdkafka reads ahead, both sides (queued.min.messages).") var prefetchMessages = 10_000_000
    @Option(help: "Kilobytes librdkafka reads ahead, both sides (queued.max.messages.kbytes).") var prefetchKilobytes = 1_048_576

    func run() async throws {
        var logger = Logger(label: "kafka-bench")
        logger.logLevel = .error
        let workload = Workload(
            messages: messages, size: size, batch: batch, inFlight: inFlight, partitions: partitions, pollBatch: pollBatch,
            prefetch: .init(messages: prefetchMessages, kilobytes: prefetchKilobytes))
        var samples: [Side: [Measurement]] = [:]
        print("kafka-bench: \(messages) messages of \(size) B, \(partitions) partitions, \(runs) runs per side, "
              + "\(ProcessInfo.processInfo.activeProcessorCount) cores")
        for run in 1...runs {
            // Alternate which side goes first, so that neither always runs on a warmer (or more tired) machine.
            for side in run % 2 == 1 ? [Side.wrapper, .direct] : [.direct, .wrapper] {
                let cluster = try MockCluster(brokers: 1, logger: logger)
                try cluster.createTopic("bench", partitions: partitions)
                let measurement = try await workload.measure(side, on: cluster, logger: logger)
                samples[side, default: []].append(measurement)
                print(String(format: "run %d %-8@ produce %9.0f msg/s %6.1f MB/s   consume %9.0f msg/s %6.1f MB/s (%ld read)",
                             run, side.rawValue as NSString, measurement.produce.rate, measurement.produce.megabytesPerSecond,
                             measurement.consume.rate, measurement.consume.megabytesPerSecond, measurement.consume.messages))
                withExtendedLifetime(cluster) {}
            }
        }
        for phase in [Phase.produce, .consume] {
            let wrapper = median(samples[.wrapper]!.map { $0[phase].rate })
            let direct = median(samples[.direct]!.map { $0[phase].rate })
            let pairs = median(zip(samples[.wrapper]!, samples[.direct]!).map { $0[phase].rate / $1[phase].rate })
            print(String(format: "median %-7@ wrapper %9.0f msg/s (%5.1f MB/s)  direct %9.0f msg/s  wrapper/direct %.2f (paired %.2f)",
                         phase.rawValue as NSString, wrapper, wrapper * Double(size) / 1e6, direct, wrapper / direct, pairs))
        }
    }
}

enum Side: String { case wrapper, direct }
enum Phase: String { case produce, consume }

/// One timed phase.
struct Rate {
    var messages: Int
    var bytes: Int
    var seconds: Double

    var rate: Double { Double(messages) / seconds }
    var megabytesPerSecond: Double { Double(bytes) / seconds / 1e6 }
}

struct Measurement {
    var produce: Rate
    var consume: Rate

    subscript(phase: Phase) -> Rate { phase == .produce ? produce : consume }
}

