import ArgumentParser
import Foundation
import IntakeService
import ServiceKit

/// The intake process: reads its configuration and data files, then runs until SIGTERM or SIGINT.
@main
struct IntakeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intake", abstract: "Register every hotline ticket: classify it, judge repeat demands and risk.")

    @OptionGroup var service: ServiceOptions

    @Option(help: "Directory of rules.json, risk-words.json and classifier.json (env INTAKE_DATA_DIR; default services/intake).")
    var data: String?

    func run() async throws {
        let directory = data ?? ProcessInfo.processInfo.environment["INTAKE_DATA_DIR"] ?? IntakeService.defaultDataDirectory
        let intake = try IntakeConfiguration.load(directory: URL(fileURLWithPath: directory, isDirectory: true))
        try await ServiceHost.run(
            IntakeService.definition(configuration: intake), configuration: service.configuration(service: IntakeService.name))
    }
}
