import AllServices
import ArgumentParser

/// `complaints services`: the services that exist, one name a line (what scripts/run and the Dockerfile start and
/// build), or with their summaries.
struct ServicesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "services", abstract: "List the services, in the order of the pipeline.")

    @Flag(help: "Print what each service does beside its name.") var long = false

    func run() {
        for entry in AllServices.entries { print(long ? "\(entry.name)\t\(entry.summary)" : entry.name) }
    }
}
