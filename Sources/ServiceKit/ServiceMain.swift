import ArgumentParser
import Foundation

/// The whole `main` of a service executable: parse the options every service takes, load the data folder, run.
public enum ServiceMain {
    public static func run(_ entry: ServiceEntry) async -> Never {
        do {
            let options = try ServiceOptions.parse(Array(CommandLine.arguments.dropFirst()))
            let configuration = try options.configuration(service: entry.name)
            let definition = try entry.load(ServiceData(directory: configuration.dataDirectory))
            try await ServiceHost.run(definition, configuration: configuration)
            exit(0)
        } catch let error as CleanExit {
            print("\(entry.name): \(entry.summary)\n")
            ServiceOptions.exit(withError: error)
        } catch {
            ServiceOptions.exit(withError: error)
        }
    }
}
