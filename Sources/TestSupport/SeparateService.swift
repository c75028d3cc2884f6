import Broker
import Contracts
import Foundation
import GRDB
import ServiceKit
import TestFixtures

/// A service's built executable run once on a store the benchmark prepared, against a mock cluster the benchmark
/// keeps in its own process, reached over its bootstrap address. As in production, the broker and whatever
/// produces the input live in another process, so the child's peak RSS (`VmHWM`) is the service's alone.
public struct SeparateService {
    public var executable: URL
    /// The service's data folder (rules, directories).
    public var data: URL

    public init(executable: URL, data: URL) {
        self.executable = executable
        self.data = data
    }

    /// Runs the executable on the store at `store` with `settings` (its clock, say) laid over the repository's
    /// topics and calendar, until `done` holds on the store, read from here beside the service; then stops it with
    /// SIGTERM and returns its peak RSS in megabytes, the shutdown included. Throws with the service's last log
    /// lines if it ends early, is not done within `timeout`, or does not stop cleanly.
    public func peakMegabytes(
        store: URL, settings: [String: String], bootstrapServers: String, timeout: Duration = .seconds(600),
        until done: @escaping @Sendable (Database) throws -> Bool
    ) async throws -> Double {
        typealias Key = ServiceConfiguration.Key
        let environment = [
            BootstrapFile.serversVariable: bootstrapServers, Key.database: store.path,
            TopicCatalogue.directoryVariable: RepositoryFiles.topics.path, Key.calendarDirectory: RepositoryFiles.calendars.path,
            Key.dataDirectory: data.path, Key.httpPort: "0", Key.logLevel: "error",
        ].merging(settings) { _, setting in setting }
        let service = try ServiceProcess(
            executable: executable, environment: environment, directory: store.deletingLastPathComponent(),
            logFile: store.appendingPathExtension("log"))
        // Opened anew at every look: the store's log files appear only once the service has opened it.
        let finished = await eventually(timeout: timeout, every: .milliseconds(100)) {
            var configuration = Configuration()
            configuration.readonly = true
            let reader = try? DatabaseQueue(path: store.path, configuration: configuration)
            return !service.isRunning || (try? reader?.read(done)) == true
        }
        guard finished, service.isRunning else {
            throw SeparateServiceError(problem: finished ? "ended early" : "was not done in time", log: service.logTail())
        }
        var peak = service.peakMegabytes ?? 0
        service.signal(SIGTERM)
        while service.isRunning {
            peak = max(peak, service.peakMegabytes ?? 0)
            try await Task.sleep(for: .milliseconds(10))
        }
        guard await service.exitStatus() == 0 else {
            throw SeparateServiceError(problem: "did not stop cleanly", log: service.logTail())
        }
        return peak
    }
}

/// The service in its own process failed its run.
public struct SeparateServiceError: Error, CustomStringConvertible {
    public let problem: String
    public let log: String
    public var description: String { "the service process \(problem); its last log lines:\n\(log)" }
}
