import Foundation
import IntakeService
import ServiceKit

/// The services that exist, in the order of the pipeline; the replay runs all of them. Each service's issue adds
/// its definition here.
enum RegisteredServices {
    /// The services, with their data files read from `directory` (one folder per service, as under `services/`).
    static func all(dataDirectory directory: URL) throws -> [ServiceDefinition] {
        [
            IntakeService.definition(configuration: try IntakeConfiguration.load(
                directory: directory.appendingPathComponent(IntakeService.name, isDirectory: true))),
        ]
    }
}
