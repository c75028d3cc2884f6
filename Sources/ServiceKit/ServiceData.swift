import Contracts
import Foundation

/// A service's data folder (`services/<name>/` by default): its rules, directories and models, read the same way by
/// every service.
public struct ServiceData: Sendable {
    public var directory: URL

    public init(directory: URL) { self.directory = directory }

    /// The data folder `name` beside this one (`services/ladder` beside `services/routing`): data two services
    /// share lives in a folder of its own, found the same way wherever the services' folders are.
    public func sibling(_ name: String) -> ServiceData {
        ServiceData(directory: directory.deletingLastPathComponent().appendingPathComponent(name, isDirectory: true))
    }

    /// The file `name` of the folder.
    public func file(_ name: String) -> URL { directory.appendingPathComponent(name) }

    /// Decodes the JSON file `name` and checks it with `check`; every problem of the file is listed in one error,
    /// and the service does not start on it, because a guess would decide tickets wrongly.
    public func decode<Value: Decodable>(
        _ type: Value.Type, from name: String, check: (Value) -> [String] = { _ in [] }
    ) throws(ServiceDataError) -> Value {
        let url = file(name)
        let value: Value
        do {
            value = try JSONDecoder().decode(type, from: Data(contentsOf: url))
        } catch let error as DecodingError {
            throw ServiceDataError(file: url.path, problems: [error.fieldDescription])
        } catch {
            throw ServiceDataError(file: url.path, problems: ["cannot be read: \(error.localizedDescription)"])
        }
        let problems = check(value)
        guard problems.isEmpty else { throw ServiceDataError(file: url.path, problems: problems) }
        return value
    }
}

/// A data file of a service that cannot be used, with every problem found in it.
public struct ServiceDataError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var problems: [String]

    public init(file: String, problems: [String]) {
        self.file = file
        self.problems = problems
    }

    public var description: String {
        "data file \(file) cannot be used:\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
    }
}
