import AllServices
import Foundation
import ServiceKit

/// The registered services' definitions, for the replay.
enum RegisteredServices {
    /// Each service's definition, with its data files read from `directory/<name>` (as under `services/`).
    static func all(dataDirectory directory: URL) throws -> [ServiceDefinition] {
        try AllServices.entries.map { entry in
            try entry.load(ServiceData(directory: directory.appendingPathComponent(entry.name, isDirectory: true)))
        }
    }
}
