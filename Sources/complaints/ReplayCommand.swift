import ArgumentParser
import BusinessTime
import Contracts
import Foundation
import Logging
import ServiceKit

/// `complaints replay`: plays a scenario against the services in one process on a virtual clock and prints every
/// event they publish as JSON Lines.
struct ReplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Play a scenario (JSON Lines of timed inbound events) against the services on a virtual clock.")

    @Argument(help: "The scenario file.") var file: String
    @Option(help: "The unit directory file.") var units: String?
    @Option(help: "A calendar file, or a directory of them (default: services/calendar).") var calendar = "services/calendar"
    @Option(help: "The services' data folder, one subfolder per service (default: services).") var services = "services"
    @Option(help: "How long the clock runs after the last line, e.g. 90m, 36h, 3d (default 0).") var horizon = "0"
    @Option(help: "Write the events here instead of standard output.") var output: String?
    @OptionGroup var cluster: ClusterOptions

    func run() async throws {
        guard let horizon = HorizonParser.duration(horizon) else {
            throw ValidationError("--horizon \(horizon) is not a duration like 90m, 36h or 3d")
        }
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let scenario = try ScenarioLine.parse(text, file: file)
        let calendarURL = URL(fileURLWithPath: calendar)
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: calendarURL.path, isDirectory: &isDirectory)
        let businessCalendar = isDirectory.boolValue
            ? try BusinessCalendar(directory: calendarURL) : try BusinessCalendar(files: [calendarURL])
        var logger = Logger(label: "replay") { JSONLogHandler(label: $0, level: .warning) }
        logger.logLevel = .warning
        let definitions = try RegisteredServices.all(dataDirectory: URL(fileURLWithPath: services, isDirectory: true))
        // Each event is written as soon as the services are quiet after it: an interrupted replay keeps its output.
        let sink: FileHandle
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: nil) else {
                throw ValidationError("cannot write \(output)")
            }
            sink = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
        } else {
            sink = FileHandle.standardOutput
        }
        try await ReplayRun(
            scenario: scenario, services: definitions, catalogue: try cluster.catalogue(),
            calendar: businessCalendar, unitsFile: units.map { URL(fileURLWithPath: $0) }, horizon: horizon
        ).run(logger: logger) { line in sink.write(Data((line + "\n").utf8)) }
        if output != nil { try sink.close() }
    }
}

/// Durations as operators write them: a number with `s`, `m`, `h` or `d`.
enum HorizonParser {
    static func duration(_ text: String) -> Duration? {
        let units: [Character: Int64] = ["s": 1, "m": 60, "h": 3_600, "d": 86_400]
        if let seconds = Int64(text), seconds >= 0 { return .seconds(seconds) }
        guard let unit = text.last.flatMap({ units[$0] }), let count = Int64(text.dropLast()), count >= 0 else { return nil }
        return .seconds(count * unit)
    }
}
